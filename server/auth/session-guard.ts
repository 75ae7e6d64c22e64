import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { isLoopbackHost } from './auth-config';
import { sendProblem, type Problem } from '../http/problem';
import { isOpsRequest } from '../ops/paths';
import { CSRF_HEADER, hasCsrfToken, isSameOrigin, isStateChanging } from '../http/request-origin';
import { safeReturnTo } from './return-to';
import { demoRole } from './roles';
import type { SessionCookies } from './session-cookies';
import type { Session, SessionStore } from './session-store';

/**
 * The door in front of everything: with sign-in configured, every /api call (but the public
 * /api/console/info) and every page needs a live session, and every state-changing call a
 * same-origin request carrying the session's CSRF token. Without sign-in, a request from another
 * site still cannot change anything, and a live console on loopback only answers to loopback
 * names, which defeats DNS rebinding (a hostile page re-pointing its own name at 127.0.0.1).
 */

declare module 'fastify' {
  interface FastifyRequest {
    /** The signed-in session, or null (always null when sign-in is not configured). */
    consoleSession: Session | null;
  }
}

export const SIGN_IN_REQUIRED: Problem = { title: 'Sign-in required', status: 401 };
const CROSS_SITE: Problem = { title: 'Request refused', status: 403, detail: 'The request did not come from this console.' };
const NO_CSRF_TOKEN: Problem = { title: 'Request refused', status: 403, detail: 'The request did not carry this session\'s CSRF token. Reload the page and try again.' };
const PUBLIC_API = '/api/console/info';
const API = /^\/api(\/|$)/;

type RequestKind = 'public' | 'api' | 'page';

function pathOf(request: FastifyRequest): string {
  const at = request.url.indexOf('?');
  return at < 0 ? request.url : request.url.slice(0, at);
}

/** Decided on the raw path and on the route that matched, so no encoding trick makes an API call look like a file. */
function classify(request: FastifyRequest): RequestKind {
  const path = pathOf(request);
  const route = request.routeOptions.url ?? '';
  if (API.test(path) || route.startsWith('/api')) return path === PUBLIC_API && route === PUBLIC_API ? 'public' : 'api';
  if (path.startsWith('/auth/') && route.startsWith('/auth/')) return 'public';
  // Built files (hashed assets, the favicon) hold no data; only the app's pages (index.html) are guarded.
  const last = path.slice(path.lastIndexOf('/') + 1);
  return last.includes('.') && last !== 'index.html' ? 'public' : 'page';
}

export function loginLocation(requestUrl: string): string {
  const returnTo = safeReturnTo(requestUrl);
  return returnTo && returnTo !== '/' ? `/auth/login?returnTo=${encodeURIComponent(returnTo)}` : '/auth/login';
}

function refuseCrossSite(request: FastifyRequest, reply: FastifyReply, session: Session | null, publicOrigin: string | null): FastifyReply | undefined {
  if (!isSameOrigin(request, publicOrigin)) return sendProblem(reply, CROSS_SITE);
  if (session && !hasCsrfToken(request.headers[CSRF_HEADER], session.csrfToken)) return sendProblem(reply, NO_CSRF_TOKEN);
  return undefined;
}

export function installSessionGuard(app: FastifyInstance, options: { cookies: SessionCookies; sessions: SessionStore; publicOrigin: string }): void {
  const { cookies, sessions, publicOrigin } = options;
  app.decorateRequest('consoleSession', null);
  app.decorateRequest('consoleRole', null);
  app.addHook('onRequest', async (request, reply) => {
    // Probes and /metrics carry no session (ops/paths.ts); they reveal nothing and /metrics has its own token.
    if (isOpsRequest(request)) return;
    const id = cookies.sessionId(request);
    const session = id === undefined ? undefined : await sessions.touch(id);
    request.consoleSession = session ?? null;
    request.consoleRole = session?.user.role ?? null;
    // An expired or unknown id is useless; drop it so the browser stops sending it.
    if (id !== undefined && !session) cookies.clearSession(reply);

    const kind = classify(request);
    if (kind === 'public') return;
    if (!session) {
      if (kind === 'page' && (request.method === 'GET' || request.method === 'HEAD')) {
        reply.header('cache-control', 'no-store');
        return reply.redirect(loginLocation(request.url), 302);
      }
      return sendProblem(reply, SIGN_IN_REQUIRED);
    }
    if (isStateChanging(request.method)) return refuseCrossSite(request, reply, session, publicOrigin);
  });
}

/** Without sign-in (demo mode, or live mode on loopback or by explicit override). */
export function installOpenGuard(app: FastifyInstance, options: { loopbackNamesOnly: boolean; demo: boolean }): void {
  app.decorateRequest('consoleSession', null);
  app.decorateRequest('consoleRole', null);
  app.addHook('onRequest', async (request, reply) => {
    // An orchestrator probes the pod by its IP, which is no loopback name.
    if (isOpsRequest(request)) return;
    // The single local operator is admin; the demo plays whichever role its switcher picked.
    request.consoleRole = options.demo ? demoRole(request.headers.cookie) : 'admin';
    if (options.loopbackNamesOnly && !isLoopbackHost(hostnameOf(request.headers.host))) {
      return sendProblem(reply, { title: 'Unknown host name', status: 421, detail: 'Without sign-in this console answers only on localhost.' });
    }
    if (isStateChanging(request.method) && classify(request) === 'api') return refuseCrossSite(request, reply, null, null);
  });
}

function hostnameOf(host: string | undefined): string {
  if (!host || !URL.canParse(`http://${host}`)) return '';
  return new URL(`http://${host}`).hostname;
}
