import type { FastifyReply, FastifyRequest } from 'fastify';
import { ROLES, roleAtLeast, type Role } from '../../src/domain/api-calls';
import { sendProblem, type Problem } from '../http/problem';

/**
 * The role behind each request: the signed-in person's (session), the single local operator's
 * (no sign-in: admin), or in demo mode the one picked with the header's role switcher (a cookie the
 * SPA sets; demo data has nothing to protect, and the switch shows each role's console).
 */

declare module 'fastify' {
  interface FastifyRequest {
    /** Null only when nobody is signed in and sign-in is required (the guard refuses those). */
    consoleRole: Role | null;
  }
}

export const DEMO_ROLE_COOKIE = 'console-demo-role';

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

export function demoRole(cookieHeader: string | undefined): Role {
  const match = new RegExp(`(?:^|;\\s*)${DEMO_ROLE_COOKIE}=([a-z]+)`).exec(cookieHeader ?? '');
  return isRole(match?.[1]) ? match[1] : 'admin';
}

export function roleProblem(needed: Role): Problem {
  return { title: 'Forbidden', status: 403, detail: `This needs the ${needed} role.`, requiredRole: needed };
}

/** Answers 403 (and logs it) when the request's role is below `needed`; undefined when it may go on. */
export function refuseBelow(request: FastifyRequest, reply: FastifyReply, needed: Role): FastifyReply | undefined {
  const held = request.consoleRole;
  if (held && roleAtLeast(held, needed)) return undefined;
  request.log.warn({ method: request.method, role: held, needed }, 'refused: role too low');
  return sendProblem(reply, roleProblem(needed));
}

/** A route's onRequest hook: only `needed` and above get through. */
export function requireRole(needed: Role) {
  return async (request: FastifyRequest, reply: FastifyReply) => refuseBelow(request, reply, needed);
}
