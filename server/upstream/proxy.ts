import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { API_CALLS, API_METHODS } from '../../src/domain/api-calls';
import { bodyProblem, gateApiCall, largestBodyLimit, type GateResult } from './call-gate';
import { PROXIED_BODY_COMPRESSION } from '../http/compression';
import { sendProblem } from '../http/problem';
import { refuseBelow } from '../auth/roles';
import { changesLimit, type LimitsConfig } from '../http/rate-limits';
import { filterBody, responseFilterFor } from './response-filters';
import { SeenValues } from './seen-values';
import type { AuditLog } from '../audit/audit-log';
import { auditCall, noteUpstreamProblem } from '../audit/record';
import { TokenError } from './token';
import { UpstreamError, type Upstream } from './upstream';

/**
 * /api/* for the SPA: checked, reduced to a header allowlist and handed to the upstream
 * (the Live Platform, or the simulator in demo mode). The browser's cookies and
 * Authorization never travel on; the upstream's cookies and server banners never come back.
 */

/** Request headers the Live Platform needs to understand the call; nothing else is sent. */
const FORWARDED_REQUEST_HEADERS = ['accept', 'content-type', 'accept-language'] as const;
/** Response headers that describe the body or tell the client when to retry. */
const RETURNED_RESPONSE_HEADERS = ['content-type', 'content-language', 'retry-after'] as const;

function forwardedHeaders(request: FastifyRequest): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const name of FORWARDED_REQUEST_HEADERS) {
    const value = request.headers[name];
    if (typeof value === 'string') headers[name] = value;
  }
  return headers;
}

const asItCame = (body: unknown) => body;

/** The gate's answer for each request, from its onRequest hook to its handler. */
const admitted = new WeakMap<FastifyRequest, Extract<GateResult, { ok: true }>>();

function refuse(request: FastifyRequest, reply: FastifyReply, refusal: Extract<GateResult, { ok: false }>): FastifyReply {
  // Logged without the query: the client's text stays out of the log beyond the path fastify already logs.
  request.log.warn({ method: request.method, status: refusal.status, reason: refusal.detail ?? refusal.title }, 'refused a call the console does not make');
  if (refusal.allow) reply.header('allow', refusal.allow);
  return sendProblem(reply, { title: refusal.title, status: refusal.status, ...(refusal.detail ? { detail: refusal.detail } : {}) });
}

export async function proxyRoutes(app: FastifyInstance, options: { upstream: Upstream; limits: LimitsConfig; audit: AuditLog; seen?: SeenValues }): Promise<void> {
  const seen = options.seen ?? new SeenValues();
  // Bodies pass through untouched, whatever their type: the Live Platform validates them, not us.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'buffer' }, (_request, body, done) => done(null, body));

  app.route({
    method: [...API_METHODS],
    url: '/api/*',
    compress: PROXIED_BODY_COMPRESSION,
    bodyLimit: largestBodyLimit(API_CALLS),
    // Before the body is read: a call outside the table, or above the person's role, never gets that far.
    onRequest: [
      async (request, reply) => {
        const gate = gateApiCall(request.method, request.url, request.headers);
        if (!gate.ok) return refuse(request, reply, gate);
        const forbidden = refuseBelow(request, reply, gate.call.role);
        if (forbidden) return forbidden;
        admitted.set(request, gate);
        return undefined;
      },
      changesLimit(app, options.limits, (request) => admitted.get(request)?.call.changes === true),
    ],
    // Every change, whatever its outcome (a timeout included), and every refusal of a known person or a role.
    onResponse: async (request, reply) => {
      const check = admitted.get(request);
      if (check?.call.changes) return auditCall(options.audit, request, reply, check.call, check.params);
      const roleRefusal = reply.statusCode === 403 && !check;
      if (!check && (request.consoleSession || roleRefusal) && reply.statusCode >= 400) auditCall(options.audit, request, reply, null, {});
      return undefined;
    },
    handler: async (request, reply) => {
      const check = admitted.get(request);
      if (!check) return sendProblem(reply, { title: 'Not Found', status: 404 });
      const body = Buffer.isBuffer(request.body) ? request.body : undefined;
      const badBody = bodyProblem(check.call, body);
      if (badBody && !badBody.ok) return refuse(request, reply, badBody);
      try {
        const answer = await options.upstream({
          method: request.method,
          pathAndQuery: check.pathAndQuery,
          headers: forwardedHeaders(request),
          body,
          requestId: request.id,
        });
        reply.code(answer.status);
        for (const name of RETURNED_RESPONSE_HEADERS) {
          const value = answer.headers.get(name);
          if (value) reply.header(name, value);
        }
        // Provider data (secret prefixes included) must not sit in shared or browser caches.
        reply.header('cache-control', 'no-store');
        // A failed change's problem body is read whole (it is small) for the audit trail's ErrorTicket and traceId.
        const auditedFailure = check.call.changes && answer.status >= 400;
        const filter = responseFilterFor(request.method, check.pathAndQuery) ?? (auditedFailure ? asItCame : undefined);
        if (filter) {
          const filtered = await filterBody(answer.body, answer.status, filter, seen);
          if (!filtered.ok) {
            request.log.warn('Live Platform answer could not be checked for secrets; not forwarded');
            return sendProblem(reply, { title: 'Live Platform sent an answer that could not be read', status: 502 });
          }
          if (auditedFailure) noteUpstreamProblem(request, filtered.text);
          return reply.send(filtered.text);
        }
        answer.body.once('error', (error) => {
          // The status went out with the first bytes: the reply is cut off (app.ts), the browser sees a network error.
          // Other errors are the client going away, which fastify reports itself.
          if (error instanceof UpstreamError) request.log.warn({ detail: error.message }, 'Live Platform answer broke off; response cut off');
        });
        return reply.send(answer.body);
      } catch (error) {
        if (error instanceof TokenError) {
          request.log.warn({ detail: error.detail }, 'token request failed');
          return sendProblem(reply, { title: 'Could not obtain a Live Platform token', status: 502, detail: error.detail });
        }
        if (error instanceof UpstreamError && error.failure === 'shutdown') {
          request.log.warn('Live Platform call ended by the shutdown deadline');
          reply.header('retry-after', '5');
          return sendProblem(reply, { title: 'The console is restarting', status: 503, detail: 'Try again in a moment.' });
        }
        if (error instanceof UpstreamError && error.failure === 'timeout') {
          request.log.warn('Live Platform did not answer in time');
          return sendProblem(reply, { title: 'Live Platform did not answer in time', status: 504 });
        }
        if (error instanceof UpstreamError) {
          request.log.warn({ detail: error.detail }, 'Live Platform is unreachable');
          return sendProblem(reply, { title: 'Live Platform is unreachable', status: 502, ...(error.detail ? { detail: error.detail } : {}) });
        }
        throw error;
      }
    },
  });
}
