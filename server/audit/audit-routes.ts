import type { FastifyInstance } from 'fastify';
import * as z from 'zod/mini';
import { requireRole } from '../auth/roles';
import { sendProblem } from '../http/problem';
import { auditFilterSchema } from '../../src/api/schemas/audit';
import type { AuditLog } from './audit-log';

/** GET /api/console/audit (filters in the query) and /api/console/audit/verify: administrators only. */

export function auditRoutes(app: FastifyInstance, log: AuditLog): void {
  const adminOnly = { onRequest: requireRole('admin') };
  app.get('/api/console/audit', adminOnly, async (request, reply) => {
    const filter = z.safeParse(auditFilterSchema, request.query);
    if (!filter.success) return sendProblem(reply, { title: 'Bad Request', status: 400, detail: 'The audit filter is not valid.' });
    reply.header('cache-control', 'no-store');
    return { entries: await log.list(Object.fromEntries(Object.entries(filter.data).filter(([, v]) => v !== undefined && v !== ''))) };
  });
  app.get('/api/console/audit/verify', adminOnly, async (_request, reply) => {
    reply.header('cache-control', 'no-store');
    return log.verify();
  });
}
