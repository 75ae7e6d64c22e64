import type { FastifyReply } from 'fastify';

/** The error body the console's own answers use: the same {title, status, detail} the Live Platform's v3 errors carry, so the SPA reads both alike. */
export interface Problem {
  title: string;
  status: number;
  detail?: string;
}

export function sendProblem(reply: FastifyReply, problem: Problem): FastifyReply {
  return reply
    .code(problem.status)
    .header('content-type', 'application/json; charset=utf-8')
    .header('cache-control', 'no-store')
    .send(problem);
}
