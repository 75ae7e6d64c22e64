import type { FastifyReply, FastifyRequest } from 'fastify';
import { expiredCookie, parseCookies, serializeCookie, type CookieOptions } from './cookies';
import { MAX_SEALED_LENGTH } from './login-transactions';
import type { Session } from './session-store';

/**
 * The console's three cookies and their flags, in one place:
 * - session: the session id. HttpOnly, so no script (ours included) can read it.
 * - csrf: the session's CSRF token, readable by the SPA, which echoes it in X-CSRF-Token; a
 *   page on another site can neither read it nor set that header.
 * - login: the sign-ins in progress in this browser, encrypted (see login-transactions.ts).
 * All are SameSite=Lax: the identity provider's redirect back to /auth/callback is a cross-site
 * top-level GET, which Lax cookies accompany and Strict ones would not. Over https they are
 * Secure and carry the __Host- prefix, which browsers only accept from this exact host.
 */

export interface SessionCookies {
  readonly secure: boolean;
  readonly names: { session: string; csrf: string; login: string };
  sessionId(request: FastifyRequest): string | undefined;
  pendingLogins(request: FastifyRequest): string | undefined;
  issueSession(reply: FastifyReply, session: Session): void;
  clearSession(reply: FastifyReply): void;
  issuePendingLogins(reply: FastifyReply, sealed: string, maxAgeMs: number): void;
  clearPendingLogins(reply: FastifyReply): void;
}

/** Our values are 32 random bytes in base64url; anything else in the cookie is ignored outright. */
const WELL_FORMED = /^[A-Za-z0-9_-]{43}$/;
const SEALED = new RegExp(`^[A-Za-z0-9_-]{1,${MAX_SEALED_LENGTH}}$`);

export function createSessionCookies(secure: boolean): SessionCookies {
  const prefix = secure ? '__Host-' : '';
  const names = { session: `${prefix}lpc_session`, csrf: `${prefix}lpc_csrf`, login: `${prefix}lpc_login` };
  const hidden: Omit<CookieOptions, 'maxAgeSeconds'> = { httpOnly: true, secure, sameSite: 'Lax' };
  const readable: Omit<CookieOptions, 'maxAgeSeconds'> = { httpOnly: false, secure, sameSite: 'Lax' };

  const read = (request: FastifyRequest, name: string, shape = WELL_FORMED): string | undefined => {
    const value = parseCookies(request.headers.cookie).get(name);
    return value !== undefined && shape.test(value) ? value : undefined;
  };

  return {
    secure,
    names,
    sessionId: (request) => read(request, names.session),
    pendingLogins: (request) => read(request, names.login, SEALED),
    issueSession(reply, session) {
      // Browser-session cookies: the server enforces the idle and absolute limits itself.
      reply.header('set-cookie', serializeCookie(names.session, session.id, hidden));
      reply.header('set-cookie', serializeCookie(names.csrf, session.csrfToken, readable));
    },
    clearSession(reply) {
      reply.header('set-cookie', expiredCookie(names.session, hidden));
      reply.header('set-cookie', expiredCookie(names.csrf, readable));
    },
    issuePendingLogins(reply, sealed, maxAgeMs) {
      reply.header('set-cookie', serializeCookie(names.login, sealed, { ...hidden, maxAgeSeconds: maxAgeMs / 1000 }));
    },
    clearPendingLogins(reply) {
      reply.header('set-cookie', expiredCookie(names.login, hidden));
    },
  };
}
