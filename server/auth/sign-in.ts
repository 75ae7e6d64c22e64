import type { FastifyInstance } from 'fastify';
import type { AuditLog } from '../audit/audit-log';
import type { AppConfig } from '../config';
import { authRoutes, openMeRoute } from './auth-routes';
import { createLoginTransactions } from './login-transactions';
import { createOidcClient, type OidcClient } from './oidc';
import { createSessionCookies } from './session-cookies';
import { installOpenGuard, installSessionGuard } from './session-guard';
import { createSessionStore, type SessionStoreFactory } from './session-store';
import { createStoreSessionStore } from './store-session-store';
import type { Store } from '../store/store';

/** Puts staff sign-in (or, without it, the loopback and same-origin rules) in front of the console. */

export interface SignInDeps {
  /** Clock for session timeouts (tests move it). */
  now?: () => number;
  /** Default: the OpenID Connect client for config.auth.signIn. */
  oidc?: OidcClient;
  /** Default: sessions in `store` when given (every instance on it serves every session), else in this process's memory. */
  sessionStore?: SessionStoreFactory;
  /** The console's store (or its opening). */
  store?: Store | Promise<Store>;
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
  if (signIn.loginKeysDerived) {
    app.log.warn('CONSOLE_SESSION_SECRET is not set: sign-ins in progress are sealed with a key derived from the OpenID client secret; set it (the same on every instance) before serving more than this machine');
  }
  const now = deps.now ?? Date.now;
  const cookies = createSessionCookies(signIn.publicUrl.protocol === 'https:');
  const factory = deps.sessionStore ?? (deps.store ? createStoreSessionStore(deps.store) : createSessionStore);
  const sessions = factory({ idleMs: signIn.idleMs, absoluteMs: signIn.absoluteMs, now });
  // A store that does not answer must not break the whole scrape (/readyz reports it): the last count stands.
  let lastCount = 0;
  app.ops.metrics.sessions.readFrom(async () => (lastCount = await sessions.count().catch(() => lastCount)));
  installSessionGuard(app, { cookies, sessions, publicOrigin: signIn.publicUrl.origin });
  authRoutes(app, {
    settings: signIn,
    sessions,
    logins: createLoginTransactions({ keys: signIn.loginKeys, now }),
    oidc: deps.oidc ?? createOidcClient(signIn, { timeoutMs: config.upstreamTimeoutMs }),
    cookies,
    limits: config.limits,
    ...(deps.audit ? { audit: deps.audit } : {}),
  });
}
