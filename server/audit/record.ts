import type { FastifyReply, FastifyRequest } from 'fastify';
import type { ApiCall } from '../../src/domain/api-calls';
import type { AuditAction, AuditActor, AuditEntryInput, AuditLog } from './audit-log';
import { summarizeBody } from './summarize';

/** Builds and appends entries; a failing audit write is logged, never turned into a failed call. */

function actorOf(request: FastifyRequest): AuditActor {
  const user = request.consoleSession?.user;
  return { subject: user?.subject ?? null, name: user?.name ?? (user ? null : 'Local operator'), email: user?.email ?? null, role: request.consoleRole };
}

function actionOf(method: string): AuditAction {
  return method === 'DELETE' ? 'delete' : 'create';
}

const NOTES: Record<number, string> = { 403: 'forbidden', 404: 'not found', 429: 'rate limited', 502: 'unreachable', 504: 'timeout' };

/** The Live Platform's ErrorTicket and traceId of a failed change, read from its problem body by the proxy. */
const problems = new WeakMap<FastifyRequest, { errorTicket: string | null; traceId: string | null }>();

export function noteUpstreamProblem(request: FastifyRequest, bodyText: string): void {
  let parsed: unknown;
  try {
    parsed = JSON.parse(bodyText);
  } catch {
    return;
  }
  if (parsed === null || typeof parsed !== 'object') return;
  const field = (name: string) => {
    const value = (parsed as Record<string, unknown>)[name];
    return typeof value === 'string' && value !== '' ? value.slice(0, 200) : null;
  };
  problems.set(request, { errorTicket: field('errorTicket'), traceId: field('traceId') });
}

function write(log: AuditLog, request: FastifyRequest, entry: AuditEntryInput): void {
  const counted = (outcome: 'ok' | 'error') => request.server.ops.metrics.auditWrites.inc({ outcome });
  log.append(entry).then(
    () => counted('ok'),
    (error: unknown) => {
      counted('error');
      request.log.error({ err: error }, 'audit entry could not be written');
    },
  );
}

const pathOf = (request: FastifyRequest) => request.url.split('?')[0]?.slice(0, 300) ?? '';

export function auditCall(log: AuditLog, request: FastifyRequest, reply: FastifyReply, call: ApiCall | null, params: Record<string, string>): void {
  const body = Buffer.isBuffer(request.body) ? request.body : undefined;
  const summary = call?.bodyLimitBytes !== undefined ? summarizeBody(body) : null;
  const shortName = typeof summary?.shortName === 'string' ? summary.shortName : null;
  const status = reply.statusCode;
  const refused = call === null || status === 403 || status === 405 || status === 413 || status === 415 || status === 429;
  const problem = problems.get(request);
  write(log, request, {
    actor: actorOf(request),
    action: refused ? 'refused' : actionOf(request.method),
    method: request.method,
    resource: pathOf(request),
    shortName,
    guid: params.guid ?? null,
    summary,
    outcome: {
      status,
      ok: status < 400,
      note: status < 400 ? null : (NOTES[status] ?? null),
      errorTicket: problem?.errorTicket ?? null,
      traceId: problem?.traceId ?? null,
      durationMs: Math.round(reply.elapsedTime),
    },
    requestId: request.id,
  });
}

/** Sign-in, sign-out, and a sign-in refused (`actor` is who the identity provider said signed in). */
export function auditSignInEvent(
  log: AuditLog,
  request: FastifyRequest,
  reply: FastifyReply,
  event: { action: 'sign-in' | 'sign-out' | 'refused'; actor: AuditActor | null; status: number; note?: string },
): void {
  write(log, request, {
    actor: event.actor ?? { subject: null, name: null, email: null, role: null },
    action: event.action,
    method: request.method,
    resource: pathOf(request),
    shortName: null,
    guid: null,
    summary: null,
    outcome: { status: event.status, ok: event.status < 400, note: event.note ?? null, errorTicket: null, traceId: null, durationMs: Math.round(reply.elapsedTime) },
    requestId: request.id,
  });
}
