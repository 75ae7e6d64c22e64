/**
 * The poll's worker thread: a read's CPU work (JSON, the schemas, the join, the projections and their
 * JSON, the hash) happens here, so the server's event loop keeps answering while 50,000 rows are read.
 * It keeps the status book between reads; the main thread (poll-thread.ts) says when the store has a
 * read's changes, and only then does the book take them, as before.
 */
import { parentPort } from 'node:worker_threads';
import type { FromPollWorker, ToPollWorker } from './poll-messages';
import { ReadError } from './read-lists';
import { StatusBook } from './status-book';
import { takeSnapshot } from './take-snapshot';
import type { NewChange } from '../store/queries';

const port = parentPort;
if (!port) throw new Error('poll-worker.ts runs as a worker thread (poll-thread.ts starts it)');

let book = new StatusBook();
let pending: { id: number; changes: NewChange[]; at: Date } | null = null;
const post = (message: FromPollWorker) => port.postMessage(message);

port.on('message', (message: ToPollWorker) => {
  switch (message.type) {
    case 'load':
      book = StatusBook.from(message.latest);
      pending = null;
      return;
    case 'take':
      try {
        const taken = takeSnapshot(message.bodies, book, message.started);
        pending = { id: message.id, changes: taken.changes, at: message.started };
        post({ type: 'taken', id: message.id, taken });
      } catch (error) {
        pending = null;
        const readError = error instanceof ReadError;
        post({ type: 'failed', id: message.id, readError, message: error instanceof Error ? (readError ? error.message : (error.message.split('\n')[0] ?? '')) : String(error) });
      }
      return;
    case 'apply':
      if (pending?.id === message.id) book.apply(pending.changes, pending.at);
      pending = null;
      return;
  }
});
