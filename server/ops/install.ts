import type { FastifyInstance } from 'fastify';
import type { AppConfig } from '../config';
import { createMetrics, type ConsoleMetrics } from './metrics';
import { metricsRoute, probeRoutes } from './ops-routes';
import { Readiness } from './readiness';
import { answerWithRequestId } from './request-id';
import { createShutdown, type Shutdown } from './shutdown';

/**
 * The ops room on a console server: request ids, request metrics, the probes and /metrics.
 * Other rooms reach it as `app.ops`: `app.ops.metrics.sessions.readFrom(...)`,
 * `app.ops.readiness.add(...)`, `app.ops.shutdown.signals.stopping`.
 */

export interface Ops {
  metrics: ConsoleMetrics;
  readiness: Readiness;
  shutdown: Shutdown;
}

declare module 'fastify' {
  interface FastifyInstance {
    ops: Ops;
  }
}

export function installOps(app: FastifyInstance, config: AppConfig, ops: Ops = { metrics: createMetrics(), readiness: new Readiness(), shutdown: createShutdown() }): Ops {
  app.decorate('ops', ops);
  answerWithRequestId(app);
  app.addHook('onResponse', async (request, reply) => {
    // The route template ("/api/*"), never the raw URL: ids and typos must not become label values.
    const route = request.routeOptions.url ?? 'unmatched';
    ops.metrics.requests.observe({ method: request.method, route, status_code: String(reply.statusCode) }, reply.elapsedTime / 1000);
  });
  app.addHook('onSend', async (_request, reply) => {
    // Once stopping, answers close their connection: an idle keep-alive socket would hold close() open.
    if (ops.shutdown.signals.stopping.aborted) reply.header('connection', 'close');
  });
  probeRoutes(app, ops.readiness);
  if (config.ops.metricsToken) metricsRoute(app, ops.metrics, config.ops.metricsToken);
  return ops;
}
