import type { FastifyInstance } from 'fastify';
import type { AppConfig } from '../config';
import type { Store } from '../store/store';
import type { Upstream } from '../upstream/upstream';
import { Mirror } from './mirror';
import { installConsoleRoutes } from './routes';

/** The mirror room in one call for the app: start polling/following, serve /api/console/*, stop on close. */
export function installMirror(app: FastifyInstance, config: AppConfig, store: Store | Promise<Store>, upstream: Upstream, options: { tickMs?: number } = {}): Mirror {
  const mirror = new Mirror(store, upstream, {
    intervalMs: config.pollSeconds * 1000,
    historyDays: config.historyDays,
    ...(options.tickMs ? { tickMs: options.tickMs } : {}),
    log: app.log,
    onPoll: ({ ok, seconds, rows, skipped }) => {
      const metrics = app.ops.metrics.mirror;
      metrics.polls.observe({ outcome: ok ? 'ok' : 'failed' }, seconds);
      for (const list of ['customers', 'ovocServices'] as const) {
        if (rows) metrics.rows.set(rows[list], { list });
        if (skipped) metrics.unreadableRows.set(skipped[list], { list });
      }
    },
  });
  // Any instance: the age of the snapshot it serves (followers too).
  app.ops.metrics.mirror.snapshotAge.readFrom(() => {
    const snapshot = mirror.current().snapshot;
    return snapshot ? (Date.now() - snapshot.takenAt.getTime()) / 1000 : 0;
  });
  installConsoleRoutes(app, { mirror, firstSnapshotWaitMs: config.upstreamTimeoutMs });
  app.decorate('consoleMirror', mirror);
  app.addHook('onReady', async () => mirror.start());
  app.addHook('onClose', async () => mirror.stop());
  return mirror;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** The mirror, when the server has a store (tests and the bench read its counters). */
    consoleMirror?: Mirror;
  }
}
