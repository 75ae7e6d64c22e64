import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { requireRole } from '../auth/roles';
import { sendProblem } from '../http/problem';
import { AUDIT_ACTIONS } from '../../src/api/schemas/audit';
import type { AuditLog } from './audit-log';

/** GET /api/console/audit (filters in the query) and /api/console/audit/verify: administrators only. */

/** A time the filter can compare with; anything else is a bad request, not a silently ignored bound. */
const instant = z.string().max(40).refine((text) => text === '' || !Number.isNaN(Date.parse(text)));

const filterSchema = z.object({
  person: z.string().max(200).optional(),
  action: z.enum(AUDIT_ACTIONS).optional(),
  outcome: z.enum(['ok', 'failed']).optional(),
  from: instant.optional(),
  to: instant.optional(),
  q: z.string().max(200).optional(),
  guid: z.string().max(40).optional(),
  shortName: z.string().max(100).optional(),
  limit: z.coerce.number().int().min(1).max(5000).optional(),
});

export function auditRoutes(app: FastifyInstance, log: AuditLog): void {
  const adminOnly = { onRequest: requireRole('admin') };
  app.get('/api/console/audit', adminOnly, async (request, reply) => {
    const filter = filterSchema.safeParse(request.query);
    if (!filter.success) return sendProblem(reply, { title: 'Bad Request', status: 400, detail: 'The audit filter is not valid.' });
    reply.header('cache-control', 'no-store');
    return { entries: await log.list(Object.fromEntries(Object.entries(filter.data).filter(([, v]) => v !== undefined && v !== ''))) };
  });
  app.get('/api/console/audit/verify', adminOnly, async (_request, reply) => {
    reply.header('cache-control', 'no-store');
    return log.verify();
  });
}
