import type { FastifyInstance } from 'fastify';

/**
 * A stop in two steps. `stopping` is aborted at once: streams that never end by themselves
 * (live updates) close, and no new work starts. In-flight calls (a proxied list, a create) get
 * until the drain deadline to finish; then `deadline` is aborted and the Live Platform calls
 * still running end with a 503 "restarting" (server/upstream/upstream-live.ts).
 */

export interface ShutdownSignals {
  readonly stopping: AbortSignal;
  readonly deadline: AbortSignal;
}

export interface Shutdown {
  readonly signals: ShutdownSignals;
  begin(): void;
  expire(): void;
}

export function createShutdown(): Shutdown {
  const stopping = new AbortController();
  const deadline = new AbortController();
  return {
    signals: { stopping: stopping.signal, deadline: deadline.signal },
    begin: () => stopping.abort(new Error('the console is shutting down')),
    expire: () => deadline.abort(new Error('the shutdown deadline passed')),
  };
}

/**
 * Stops accepting connections, lets in-flight requests finish for `drainMs`, then ends the rest
 * and resolves once every request has been answered (or cut off) and the server is closed.
 */
export async function closeGracefully(app: FastifyInstance, shutdown: Shutdown, drainMs: number): Promise<void> {
  shutdown.begin();
  const timer = setTimeout(() => shutdown.expire(), drainMs);
  try {
    await app.close();
  } finally {
    clearTimeout(timer);
    shutdown.expire();
  }
}
