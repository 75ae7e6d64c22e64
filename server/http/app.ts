import { STATUS_CODES } from 'node:http';
import compress from '@fastify/compress';
import Fastify, { type FastifyInstance } from 'fastify';
import { createHandlers } from '../../simulator/handlers';
import { createStore, type SimEnvironment } from '../../simulator/store';
import type { AppConfig } from '../config';
import { COMPRESSION } from './compression';
import { loggerOptions, type LogSink } from './logging';
import { answerFrameworkError, sendProblem } from './problem';
import { proxyRoutes } from '../upstream/proxy';
import { securityHeaders } from './security';
import { installRateLimits, TooManyRequests } from './rate-limits';
import { installSignIn, type SignInDeps } from '../auth/sign-in';
import type { AuditLog } from '../audit/audit-log';
import { chooseAuditLog, installAudit } from '../audit/install';
import { staticFiles } from './static';
import { unreadableReportRoutes } from './unreadable-report';
import { createTokenProvider, type TokenProvider } from '../upstream/token';
import { UpstreamError, type Upstream } from '../upstream/upstream';
import { createDemoUpstream } from '../upstream/upstream-demo';
import { SeenValues } from '../upstream/seen-values';
import { createUpstreamSitesSource } from '../suggestions/sites-source';
import { suggestionsRoutes } from '../suggestions/suggestions-routes';
import { createLiveUpstream } from '../upstream/upstream-live';
import { installOps, type Ops } from '../ops/install';
import { fastifyTrustProxy } from '../ops/ops-config';
import { tokenCheck } from '../ops/readiness';
import { requestIdOptions } from '../ops/request-id';
import { measuredUpstream } from '../ops/upstream-metrics';
import { installMirror } from '../mirror/install';
import type { Store } from '../store/store';

export interface ServerDeps extends SignInDeps {
  /** Where logs go (default stdout). */
  logStream?: LogSink;
  /** Demo mode's data; default a fresh store without latency. */
  demo?: SimEnvironment;
  /** Live mode's token source; default the OAuth2 client-credentials provider from config. */
  tokens?: TokenProvider;
  /** Metrics, readiness checks and shutdown signals; main.ts passes its own to stop the server gracefully. */
  ops?: Ops;
  /** The store (or its opening): with it the server runs the mirror and serves /api/console/* snapshots (main.ts opens it). */
  store?: Store | Promise<Store>;
  /** How often the mirror looks at the store (tests shorten it); default 1 s. */
  mirrorTickMs?: number;
  /** The audit trail; default the store's (in memory when a test runs without a store). */
  audit?: AuditLog;
}

function upstreamFor(config: AppConfig, deps: ServerDeps, ops: Ops): Upstream {
  if (!config.live) {
    const demo = deps.demo ?? { store: createStore(), latencyMs: 0 };
    return createDemoUpstream(createHandlers(demo.store, { latencyMs: demo.latencyMs }), config.upstreamTimeoutMs);
  }
  const tokens =
    deps.tokens ??
    createTokenProvider({ upstream: config.live, timeoutMs: config.upstreamTimeoutMs, onFetch: (outcome) => ops.metrics.tokenFetches.inc({ outcome }) });
  ops.readiness.add(tokenCheck(() => tokens.getToken()));
  return createLiveUpstream({
    live: config.live,
    tokens,
    timeoutMs: config.upstreamTimeoutMs,
    userAgent: `LivePlatformConsole/${config.version}`,
    stop: ops.shutdown.signals.deadline,
  });
}

/** The console's HTTP server, not yet listening (tests use `inject`). */
export async function buildServer(config: AppConfig, deps: ServerDeps = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger: loggerOptions(config.logLevel, deps.logStream),
    // Made here, never taken from the client (ops/request-id.ts).
    ...requestIdOptions(),
    // Whose X-Forwarded-For/-Proto to believe (CONSOLE_TRUST_PROXY); by default nobody's.
    trustProxy: fastifyTrustProxy(config.ops.trustProxy),
    // An undecodable URL never reaches the routes or hooks: answer it like any other bad path.
    frameworkErrors: answerFrameworkError,
  });
  // First: its hook puts the request id on every answer, refusals by later hooks included.
  const ops = installOps(app, config, deps.ops);

  app.setErrorHandler((error, request, reply) => {
    if (error instanceof UpstreamError) {
      // Only a proxied body that broke off gets here (proxy.ts answers the others). Its status and
      // headers (Content-Encoding included) are already set, so no problem body can replace it: cut it off.
      reply.hijack();
      reply.raw.destroy();
      return;
    }
    if (error instanceof TooManyRequests) return sendProblem(reply, { title: 'Too Many Requests', status: 429, detail: error.detail });
    const code = error instanceof Error && 'statusCode' in error ? error.statusCode : undefined;
    const status = typeof code === 'number' && code >= 400 && code < 600 ? code : 500;
    if (status >= 500) request.log.error({ err: error }, 'request failed');
    // 4xx titles come from the status alone: fastify's messages can echo request details.
    return sendProblem(reply, { title: STATUS_CODES[status] ?? 'Error', status });
  });

  await securityHeaders(app);
  // After helmet, before the routes: the customers list can be megabytes of JSON.
  await app.register(compress, { global: true, ...COMPRESSION });
  await installRateLimits(app);
  // Before any route: its hook guards every request, the static files and the proxy included.
  const audit = chooseAuditLog(deps.audit, deps.store);
  installSignIn(app, config, { ...deps, audit });

  app.get('/api/console/info', async (_request, reply) => {
    reply.header('cache-control', 'no-store');
    // Public (the SPA reads it before anyone signs in), so it says how the console is protected and nothing more.
    return {
      mode: config.mode,
      version: config.version,
      auth: config.auth.signIn ? 'oidc' : 'none',
      unauthenticatedOverride: config.auth.unauthenticatedOverride,
    };
  });
  const upstream = measuredUpstream(upstreamFor(config, deps, ops), ops.metrics);
  if (deps.store) installMirror(app, config, deps.store, upstream, deps.mirrorTickMs ? { tickMs: deps.mirrorTickMs } : {});
  await app.register(unreadableReportRoutes());
  const seen = new SeenValues();
  await app.register(suggestionsRoutes, { sites: createUpstreamSitesSource(upstream, config.sitesPollMinutes), seen });
  installAudit(app, audit, { retentionDays: config.auditDays });
  await app.register(proxyRoutes, { upstream, limits: config.limits, seen, audit });
  await staticFiles(app, { distDir: config.distDir });
  return app;
}
