import type { FastifyInstance } from 'fastify';
import { CALLBACK_PATH } from '../auth/oidc';
import type { Store } from '../store/store';
import type { AuditLog } from './audit-log';
import { auditRoutes } from './audit-routes';
import { createMemoryAuditLog } from './memory-audit-log';
import { auditCall } from './record';
import { createSqlAuditLog } from './sql-audit-log';

/**
 * The audit trail's wiring: the store's SQL log (the in-memory one only for tests that run the
 * server without a store), the admin routes, refusals outside the proxy (which records its own),
 * and retention: whole days past CONSOLE_AUDIT_DAYS are pruned at start and every few hours.
 */

const PRUNE_EVERY_MS = 6 * 3_600_000;
/** The proxy's catch-all route writes its own entries (upstream/proxy.ts). */
const PROXY_ROUTE = '/api/*';

export function chooseAuditLog(given: AuditLog | undefined, store: Store | Promise<Store> | undefined): AuditLog {
  if (given) return given;
  return store ? createSqlAuditLog(store) : createMemoryAuditLog();
}

export function installAudit(app: FastifyInstance, log: AuditLog, options: { retentionDays: number }): void {
  auditRoutes(app, log);
  // A 403 of a known person or role anywhere else: a route needing a higher role, a missing CSRF token.
  app.addHook('onResponse', async (request, reply) => {
    if (reply.statusCode !== 403 || !request.consoleRole) return;
    const route = request.routeOptions.url;
    if (route === PROXY_ROUTE || route === CALLBACK_PATH) return;
    auditCall(log, request, reply, null, {});
  });
  const { prune: pruneDays } = log;
  if (!pruneDays) return;
  const prune = () => {
    pruneDays.call(log, options.retentionDays).then(
      (removed) => {
        if (removed > 0) app.log.info({ removed, days: options.retentionDays }, 'audit entries past retention pruned');
      },
      (error: unknown) => app.log.warn({ err: error }, 'audit retention could not prune'),
    );
  };
  app.addHook('onReady', async () => prune());
  const timer = setInterval(prune, PRUNE_EVERY_MS);
  timer.unref();
  app.addHook('onClose', async () => clearInterval(timer));
}
