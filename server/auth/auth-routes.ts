import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AuditLog } from '../audit/audit-log';
import { auditSignInEvent } from '../audit/record';
import { decideAccess } from './access';
import type { SignInSettings } from './auth-config';
import { sendAuthPage } from './auth-pages';
import { LOGIN_TTL_MS, type LoginTransactions } from './login-transactions';
import { CALLBACK_PATH, SignInError, type OidcClient } from './oidc';
import { sendProblem } from '../http/problem';
import { signInLimit, type LimitsConfig } from '../http/rate-limits';
import { CSRF_HEADER, hasCsrfToken, isSameOrigin } from '../http/request-origin';
import { safeReturnTo } from './return-to';
import type { SessionCookies } from './session-cookies';
import type { SessionStore } from './session-store';
import { SIGN_IN_REQUIRED } from './session-guard';

/**
 * /auth/login, /auth/callback, /auth/logout and /api/console/me. The log records who signed in
 * or was refused (by subject id), never a token, code, cookie or session id.
 */

export interface AuthRouteOptions {
  settings: SignInSettings;
  sessions: SessionStore;
  logins: LoginTransactions;
  oidc: OidcClient;
  cookies: SessionCookies;
  limits: LimitsConfig;
  /** Where sign-ins, sign-outs and refused sign-ins are recorded. */
  audit?: AuditLog;
}

interface LoginQuery {
  returnTo?: unknown;
  prompt?: unknown;
}

interface CallbackQuery {
  state?: unknown;
}

const SIGN_IN_AGAIN = { href: '/auth/login', label: 'Sign in again' };

function wantsJson(request: FastifyRequest): boolean {
  return (request.headers.accept ?? '').includes('application/json');
}

function callbackFailed(reply: FastifyReply, error: SignInError, returnTo: string): FastifyReply {
  const action = { href: `/auth/login?returnTo=${encodeURIComponent(returnTo)}`, label: 'Try again' };
  if (error.kind === 'unreachable') return sendAuthPage(reply, { status: 502, title: 'Sign-in is unavailable', message: `${error.message} Try again in a moment.`, action });
  if (error.kind === 'provider') {
    const status = error.providerError === 'access_denied' ? 403 : 400;
    return sendAuthPage(reply, { status, title: 'Sign-in was not completed', message: `The identity provider answered: ${error.message}`, action });
  }
  return sendAuthPage(reply, { status: 400, title: 'Sign-in was not completed', message: error.message, action });
}

export function authRoutes(app: FastifyInstance, options: AuthRouteOptions): void {
  const { settings, sessions, logins, oidc, cookies } = options;
  const record = (request: FastifyRequest, reply: FastifyReply, event: Parameters<typeof auditSignInEvent>[3]) => {
    if (options.audit) auditSignInEvent(options.audit, request, reply, event);
  };
  const publicOrigin = settings.publicUrl.origin;
  const limited = { onRequest: signInLimit(app, options.limits) };

  app.get<{ Querystring: LoginQuery }>('/auth/login', limited, async (request, reply) => {
    const returnTo = request.query.returnTo === undefined ? '/' : safeReturnTo(request.query.returnTo);
    if (returnTo === null) {
      return sendAuthPage(reply, { status: 400, title: 'Invalid sign-in link', message: 'The page to return to after signing in must be a page of this console.', action: { href: '/auth/login', label: 'Sign in' } });
    }
    const forceLogin = request.query.prompt === 'login';
    if (request.consoleSession && !forceLogin) return reply.redirect(returnTo, 302);

    const { transaction, sealed } = logins.start(cookies.pendingLogins(request), returnTo);
    let target: URL;
    try {
      target = await oidc.authorizationUrl(transaction, { forceLogin });
    } catch (error) {
      request.log.warn({ reason: error instanceof SignInError ? error.logDetail : String(error) }, 'identity provider discovery failed');
      return sendAuthPage(reply, {
        status: 502,
        title: 'Sign-in is unavailable',
        message: 'The identity provider could not be reached. Try again in a moment.',
        action: { href: `/auth/login?returnTo=${encodeURIComponent(returnTo)}`, label: 'Try again' },
      });
    }
    cookies.issuePendingLogins(reply, sealed, LOGIN_TTL_MS);
    reply.header('cache-control', 'no-store');
    return reply.redirect(target.href, 302);
  });

  app.get<{ Querystring: CallbackQuery }>(CALLBACK_PATH, limited, async (request, reply) => {
    const state = request.query.state;
    const pending = cookies.pendingLogins(request);
    const { transaction, sealed } = typeof state === 'string' ? logins.redeem(pending, state) : { transaction: undefined, sealed: pending ?? null };
    // The state is spent whatever happens next: the browser keeps only its other sign-ins in progress.
    if (sealed === null) cookies.clearPendingLogins(reply);
    else if (transaction) cookies.issuePendingLogins(reply, sealed, LOGIN_TTL_MS);
    if (!transaction) {
      request.log.info('sign-in callback without a matching sign-in in progress');
      return sendAuthPage(reply, {
        status: 400,
        title: 'Sign-in was not completed',
        message: 'This sign-in has expired, was already used, or was started in another browser.',
        action: SIGN_IN_AGAIN,
      });
    }

    let result: Awaited<ReturnType<OidcClient['redeem']>>;
    try {
      result = await oidc.redeem(new URL(request.url, settings.publicUrl), transaction);
    } catch (error) {
      if (!(error instanceof SignInError)) throw error;
      request.log.warn({ reason: error.logDetail }, 'sign-in failed');
      const failed = callbackFailed(reply, error, transaction.returnTo);
      record(request, reply, { action: 'sign-in', actor: null, status: reply.statusCode, note: `sign-in failed (${error.kind})` });
      return failed;
    }

    const { identity, idToken } = result;
    const decision = decideAccess(identity, settings.roleGroups);
    if (!decision.allowed) {
      request.log.info({ subject: identity.subject }, 'sign-in refused: not in an allowed group');
      const who = { subject: identity.subject, name: identity.name, email: identity.email, role: null };
      record(request, reply, { action: 'refused', actor: who, status: 403, note: 'not in an allowed group' });
      return sendAuthPage(reply, {
        status: 403,
        title: 'Access denied',
        message: `You signed in as ${identity.email ?? identity.name ?? 'this account'}. ${decision.reason}`,
        action: { href: '/auth/login?prompt=login', label: 'Sign in with a different account' },
      });
    }

    // A new id at every sign-in: an id planted in the browser beforehand (session fixation) is worthless.
    const previous = cookies.sessionId(request);
    if (previous !== undefined) await sessions.destroy(previous);
    const session = await sessions.create({ subject: identity.subject, name: identity.name, email: identity.email, role: decision.role }, idToken);
    cookies.issueSession(reply, session);
    request.log.info({ subject: identity.subject, role: decision.role }, 'signed in');
    record(request, reply, { action: 'sign-in', actor: { subject: identity.subject, name: identity.name, email: identity.email, role: decision.role }, status: 302 });
    reply.header('cache-control', 'no-store');
    return reply.redirect(transaction.returnTo, 302);
  });

  app.post('/auth/logout', { bodyLimit: 1024 }, async (request, reply) => {
    const session = request.consoleSession;
    let target = '/';
    if (session) {
      if (!isSameOrigin(request, publicOrigin) || !hasCsrfToken(request.headers[CSRF_HEADER], session.csrfToken)) {
        return sendProblem(reply, { title: 'Request refused', status: 403, detail: 'Sign-out needs this session\'s CSRF token.' });
      }
      await sessions.destroy(session.id);
      request.log.info({ subject: session.user.subject }, 'signed out');
      record(request, reply, { action: 'sign-out', actor: session.user, status: wantsJson(request) ? 200 : 303 });
      try {
        target = (await oidc.endSessionUrl(session.idToken))?.href ?? '/';
      } catch (error) {
        // Our session is gone either way; the provider's may outlive it, which the person can end there.
        request.log.warn({ reason: error instanceof SignInError ? error.logDetail : String(error) }, 'identity provider end-session unavailable');
      }
    }
    cookies.clearSession(reply);
    reply.header('cache-control', 'no-store');
    // fetch() cannot follow a redirect to another origin and read it, so the SPA asks for JSON and navigates itself.
    if (wantsJson(request)) return reply.send({ redirectTo: target });
    return reply.redirect(target, 303);
  });

  app.get('/api/console/me', async (request, reply) => {
    const session = request.consoleSession;
    if (!session) return sendProblem(reply, SIGN_IN_REQUIRED);
    reply.header('cache-control', 'no-store');
    return { name: session.user.name, email: session.user.email, role: session.user.role, signedIn: true, csrfToken: session.csrfToken };
  });
}

/** /api/console/me without sign-in: the local operator (admin), or in demo mode the role picked in the header. */
export function openMeRoute(app: FastifyInstance, mode: 'demo' | 'live'): void {
  app.get('/api/console/me', async (request, reply) => {
    reply.header('cache-control', 'no-store');
    const name = mode === 'demo' ? 'Demo operator' : 'Local operator';
    return { name, email: null, role: request.consoleRole ?? 'admin', signedIn: false, csrfToken: null };
  });
}
