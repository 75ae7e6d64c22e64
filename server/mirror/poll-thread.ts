import { Worker } from 'node:worker_threads';
import type { LatestStatus } from '../store/queries';
import type { FromPollWorker, ToPollWorker } from './poll-messages';
import { ReadError, type ListBodies } from './read-lists';
import type { TakenSnapshot } from './take-snapshot';

/**
 * The poller's side of the poll worker (poll-worker.ts). One per poller lease: `load` gives it the
 * history's latest statuses, `take` hands it a read's bodies and resolves with the snapshot and its
 * changes, `apply` says the store has them. A worker that dies fails what it was doing and stays dead;
 * the mirror then starts a new one and loads the history again.
 */

/** From the source (tsx) a bootstrap registers tsx in the worker; the bundle has poll-worker.js next to main.js. */
function entry(): URL {
  return import.meta.url.endsWith('.ts') ? new URL('./poll-worker-dev.mjs', import.meta.url) : new URL('./poll-worker.js', import.meta.url);
}

export class PollThread {
  private readonly worker: Worker;
  private readonly waiting = new Map<number, { resolve: (taken: TakenSnapshot) => void; reject: (error: Error) => void }>();
  private nextId = 1;
  private stopped: Error | null = null;

  constructor(latest: readonly LatestStatus[]) {
    this.worker = new Worker(entry());
    // The server's own handles keep the process alive; an idle worker must not.
    this.worker.unref();
    const fail = (error: Error) => {
      this.stopped ??= error;
      for (const { reject } of this.waiting.values()) reject(this.stopped);
      this.waiting.clear();
    };
    this.worker.on('message', (message: FromPollWorker) => {
      const waiter = this.waiting.get(message.id);
      if (!waiter) return;
      this.waiting.delete(message.id);
      if (message.type === 'taken') waiter.resolve(message.taken);
      else waiter.reject(message.readError ? new ReadError(message.message) : new Error(message.message));
    });
    this.worker.on('error', (error) => fail(new Error(`the poll worker failed: ${error.message.split('\n')[0] ?? ''}`)));
    this.worker.on('exit', (code) => fail(new Error(`the poll worker stopped (exit code ${code})`)));
    this.send({ type: 'load', latest: [...latest] });
  }

  /** False once the worker died or was closed: start a new one (the book must be loaded again). */
  get alive(): boolean {
    return this.stopped === null;
  }

  private send(message: ToPollWorker, transfer: ArrayBuffer[] = []): void {
    this.worker.postMessage(message, transfer);
  }

  /** The bodies' buffers move to the worker (they are unusable here afterwards). Returns the id for `apply`. */
  take(bodies: ListBodies, started: Date): { id: number; taken: Promise<TakenSnapshot> } {
    const id = this.nextId++;
    if (this.stopped) return { id, taken: Promise.reject(this.stopped) };
    const taken = new Promise<TakenSnapshot>((resolve, reject) => this.waiting.set(id, { resolve, reject }));
    const buffers = [bodies.customers.buffer, bodies.services.buffer].filter((buffer): buffer is ArrayBuffer => buffer instanceof ArrayBuffer);
    this.send({ type: 'take', id, bodies, started }, buffers);
    return { id, taken };
  }

  apply(id: number): void {
    if (!this.stopped) this.send({ type: 'apply', id });
  }

  async close(): Promise<void> {
    this.stopped ??= new Error('the poll worker was closed');
    await this.worker.terminate();
  }
}
