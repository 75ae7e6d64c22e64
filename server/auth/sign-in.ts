import type { FastifyInstance } from 'fastify';
import type { AuditLog } from '../audit/audit-log';
import type { AppConfig } from '../config';
import { authRoutes, openMeRoute } from './auth-routes';
import { createLoginTransactions } from './login-transactions';
import { createOidcClient, type OidcClient } from './oidc';
import { createSessionCookies } from './session-cookies';
import { installOpenGuard, installSessionGuard } from './session-guard';
import { createSessionStore, type SessionStoreFactory } from './session-store';

/** Puts staff sign-in (or, without it, the loopback and same-origin rules) in front of the console. */

export interface SignInDeps {
  /** Clock for session timeouts (tests move it). */
  now?: () => number;
  /** Default: the OpenID Connect client for config.auth.signIn. */
  oidc?: OidcClient;
  /** Default: sessions in this process's memory. A shared store lets any instance serve any session. */
  sessionStore?: SessionStoreFactory;
  /** The audit trail (app.ts passes the store's); sign-ins and sign-outs are written to it. */
  audit?: AuditLog;
}

export function installSignIn(app: FastifyInstance, config: AppConfig, deps: SignInDeps = {}): void {
  const { signIn, unauthenticatedOverride } = config.auth;
  if (!signIn) {
    if (unauthenticatedOverride) {
      app.log.warn('sign-in is not configured and CONSOLE_ALLOW_UNAUTHENTICATED=true: anyone who can reach this console can use its Live Platform credentials');
    }
    installOpenGuard(app, { loopbackNamesOnly: config.mode === 'live' && !unauthenticatedOverride, demo: config.mode === 'demo' });
    openMeRoute(app, config.mode);
    return;
  }
  if (signIn.deprecatedAllowedGroups) {
    app.log.warn('CONSOLE_OIDC_ALLOWED_GROUPS is deprecated: its groups are read as CONSOLE_ROLE_VIEWER_GROUPS; move them there');
  }
  if (Object.values(signIn.roleGroups).every((groups) => groups.length === 0)) {
    app.log.warn('no CONSOLE_ROLE_*_GROUPS is set: every account the identity provider signs in may use the console, as a viewer');
  }
  const now = deps.now ?? Date.now;
  const cookies = createSessionCookies(signIn.publicUrl.protocol === 'https:');
  const sessions = (deps.sessionStore ?? createSessionStore)({ idleMs: signIn.idleMs, absoluteMs: signIn.absoluteMs, now });
  app.ops.metrics.sessions.readFrom(() => sessions.count());
  installSessionGuard(app, { cookies, sessions, publicOrigin: signIn.publicUrl.origin });
  authRoutes(app, {
    settings: signIn,
    sessions,
    logins: createLoginTransactions({ now }),
    oidc: deps.oidc ?? createOidcClient(signIn, { timeoutMs: config.upstreamTimeoutMs }),
    cookies,
    limits: config.limits,
    ...(deps.audit ? { audit: deps.audit } : {}),
  });
}
