import type { LatestStatus } from '../store/queries';
import type { ListBodies } from './read-lists';
import type { TakenSnapshot } from './take-snapshot';

/**
 * What the server's event loop and the poll's worker (poll-worker.ts) tell each other. Both ends are
 * this code, and structured clone keeps Dates, so the messages are typed here, not parsed.
 */
export type ToPollWorker =
  /** The history's latest statuses, when this instance becomes the poller: the worker's status book. */
  | { type: 'load'; latest: LatestStatus[] }
  /** One read's bodies (their buffers moved, not copied): parse, diff against the book, project, stringify. */
  | { type: 'take'; id: number; bodies: ListBodies; started: Date }
  /** The store has read `id`'s changes: the book takes them too. */
  | { type: 'apply'; id: number };

export type FromPollWorker =
  | { type: 'taken'; id: number; taken: TakenSnapshot }
  /** `readError`: the message is a ReadError's, safe to show; otherwise a bug's first line. */
  | { type: 'failed'; id: number; message: string; readError: boolean };
