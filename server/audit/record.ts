import type { FastifyReply, FastifyRequest } from 'fastify';
import type { ApiCall } from '../../src/domain/api-calls';
import type { AuditAction, AuditEntryInput, AuditLog } from './audit-log';
import { summarizeBody } from './summarize';

/** Builds and appends proxy entries; a failing audit write is logged, never turned into a failed call. */

function actorOf(request: FastifyRequest): AuditEntryInput['actor'] {
  const user = request.consoleSession?.user;
  return { subject: user?.subject ?? null, name: user?.name ?? (user ? null : 'Local operator'), email: user?.email ?? null, role: request.consoleRole };
}

function actionOf(method: string): AuditAction {
  return method === 'DELETE' ? 'delete' : 'create';
}

const NOTES: Record<number, string> = { 403: 'forbidden', 404: 'not found', 429: 'rate limited', 502: 'unreachable', 504: 'timeout' };

export function auditCall(log: AuditLog, request: FastifyRequest, reply: FastifyReply, call: ApiCall | null, params: Record<string, string>): void {
  const body = Buffer.isBuffer(request.body) ? request.body : undefined;
  const summary = call?.bodyLimitBytes !== undefined ? summarizeBody(body) : null;
  const shortName = typeof summary?.shortName === 'string' ? summary.shortName : null;
  const status = reply.statusCode;
  const refused = call === null || status === 403 || status === 405 || status === 413 || status === 415 || status === 429;
  const entry: AuditEntryInput = {
    actor: actorOf(request),
    action: refused ? 'refused' : actionOf(request.method),
    method: request.method,
    resource: request.url.split('?')[0]?.slice(0, 300) ?? '',
    shortName,
    guid: params.guid ?? null,
    summary,
    outcome: { status, ok: status < 400, note: status < 400 ? null : (NOTES[status] ?? null), errorTicket: null, traceId: null, durationMs: Math.round(reply.elapsedTime) },
    requestId: request.id,
  };
  log.append(entry).catch((error: unknown) => request.log.error({ err: error }, 'audit entry could not be written'));
}
