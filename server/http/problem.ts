import { STATUS_CODES } from 'node:http';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';

/** The error body the console's own answers use: the same {title, status, detail} the Live Platform's v3 errors carry, so the SPA reads both alike. */
export interface Problem {
  title: string;
  status: number;
  detail?: string;
  /** On a 403 for a role: the role the call needs ('viewer' | 'onboarding' | 'admin'). */
  requiredRole?: string;
}

export function sendProblem(reply: FastifyReply, problem: Problem): FastifyReply {
  return reply
    .code(problem.status)
    .header('content-type', 'application/json; charset=utf-8')
    .header('cache-control', 'no-store')
    .send(problem);
}

/**
 * fastify's `frameworkErrors`: a URL it cannot decode ("/api/%c0%ae") fails in the router, before any
 * hook runs. Without this, fastify answers with a body that echoes the path and without the
 * security headers (helmet's hook never ran); this gives the same problem body as every other 400.
 */
export function answerFrameworkError(error: FastifyError, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  const status = typeof error.statusCode === 'number' && error.statusCode >= 400 && error.statusCode < 600 ? error.statusCode : 400;
  reply.header('x-content-type-options', 'nosniff');
  reply.header('x-request-id', request.id);
  return sendProblem(reply, { title: status === 400 ? 'Bad request path' : (STATUS_CODES[status] ?? 'Error'), status });
}
