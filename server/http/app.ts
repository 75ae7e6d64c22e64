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
import { installSignIn, type SignInDeps } from '../auth/sign-in';
import { staticFiles } from './static';
import { createTokenProvider, type TokenProvider } from '../upstream/token';
import { UpstreamError, type Upstream } from '../upstream/upstream';
import { createDemoUpstream } from '../upstream/upstream-demo';
import { createLiveUpstream } from '../upstream/upstream-live';
import { installMirror } from '../mirror/install';
import type { Store } from '../store/store';

export interface ServerDeps extends SignInDeps {
  /** Where logs go (default stdout). */
  logStream?: LogSink;
  /** Demo mode's data; default a fresh store without latency. */
  demo?: SimEnvironment;
  /** Live mode's token source; default the OAuth2 client-credentials provider from config. */
  tokens?: TokenProvider;
  /** The store (or its opening): with it the server runs the mirror and serves /api/console/* snapshots (main.ts opens it). */
  store?: Store | Promise<Store>;
  /** How often the mirror looks at the store (tests shorten it); default 1 s. */
  mirrorTickMs?: number;
}

function upstreamFor(config: AppConfig, deps: ServerDeps): Upstream {
  if (!config.live) {
    const demo = deps.demo ?? { store: createStore(), latencyMs: 0 };
    return createDemoUpstream(createHandlers(demo.store, { latencyMs: demo.latencyMs }), config.upstreamTimeoutMs);
  }
  const tokens = deps.tokens ?? createTokenProvider({ upstream: config.live, timeoutMs: config.upstreamTimeoutMs });
  return createLiveUpstream({
    live: config.live,
    tokens,
    timeoutMs: config.upstreamTimeoutMs,
    userAgent: `LivePlatformConsole/${config.version}`,
  });
}

/** The console's HTTP server, not yet listening (tests use `inject`). */
export async function buildServer(config: AppConfig, deps: ServerDeps = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger: loggerOptions(config.logLevel, deps.logStream),
    // A client-chosen request id would let anyone write arbitrary text into our logs.
    requestIdHeader: false,
    // An undecodable URL never reaches the routes or hooks: answer it like any other bad path.
    frameworkErrors: answerFrameworkError,
  });

  app.setErrorHandler((error, request, reply) => {
    if (error instanceof UpstreamError) {
      // Only a proxied body that broke off gets here (proxy.ts answers the others). Its status and
      // headers (Content-Encoding included) are already set, so no problem body can replace it: cut it off.
      reply.hijack();
      reply.raw.destroy();
      return;
    }
    const code = error instanceof Error && 'statusCode' in error ? error.statusCode : undefined;
    const status = typeof code === 'number' && code >= 400 && code < 600 ? code : 500;
    if (status >= 500) request.log.error({ err: error }, 'request failed');
    // 4xx titles come from the status alone: fastify's messages can echo request details.
    return sendProblem(reply, { title: STATUS_CODES[status] ?? 'Error', status });
  });

  await securityHeaders(app);
  // After helmet, before the routes: the customers list can be megabytes of JSON.
  await app.register(compress, { global: true, ...COMPRESSION });
  // Before any route: its hook guards every request, the static files and the proxy included.
  installSignIn(app, config, deps);

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
  const upstream = upstreamFor(config, deps);
  if (deps.store) installMirror(app, config, deps.store, upstream, deps.mirrorTickMs ? { tickMs: deps.mirrorTickMs } : {});
  await app.register(proxyRoutes, { upstream });
  await staticFiles(app, { distDir: config.distDir });
  return app;
}
