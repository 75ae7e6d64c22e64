import { timingSafeEqual } from 'node:crypto';
import type { FastifyRequest } from 'fastify';

/**
 * Cross-site request forgery defences for state-changing calls. A page on another site can make
 * the browser send a request (with our cookies), but it cannot set a custom header without our
 * consent (no CORS here) nor forge the browser's own provenance headers, Sec-Fetch-Site and Origin.
 */

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
export const CSRF_HEADER = 'x-csrf-token';

export const isStateChanging = (method: string): boolean => !SAFE_METHODS.has(method.toUpperCase());

/**
 * True unless the browser says the request came from another origin. `expectedOrigin` is the
 * console's public origin when known; without sign-in there is none, so the Host the browser
 * addressed stands in (which is also what Origin is compared with by the browser itself).
 * Clients that send neither header are not browsers, and cannot be tricked into a cross-site call.
 */
export function isSameOrigin(request: FastifyRequest, expectedOrigin: string | null): boolean {
  const site = request.headers['sec-fetch-site'];
  if (site !== undefined && site !== 'same-origin') return false;
  const origin = request.headers.origin;
  if (origin === undefined) return true;
  if (!URL.canParse(origin)) return false;
  const url = new URL(origin);
  return expectedOrigin !== null ? url.origin === expectedOrigin : url.host === request.headers.host;
}

/** Constant-time comparison of the X-CSRF-Token header (or a given value) with the session's token. */
export function hasCsrfToken(sent: unknown, expected: string): boolean {
  if (typeof sent !== 'string' || sent.length === 0) return false;
  const left = Buffer.from(sent);
  const right = Buffer.from(expected);
  return left.length === right.length && timingSafeEqual(left, right);
}
