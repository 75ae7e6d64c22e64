import type { FastifyInstance, FastifyReply } from 'fastify';
import { sendProblem } from '../http/problem';
import { hasMetricsToken } from './metrics-auth';
import type { ConsoleMetrics } from './metrics';
import type { Readiness } from './readiness';

/** /livez, /readyz and (with a token) /metrics. Answers are never cached and say nothing more than ok/fail. */

export function probeRoutes(app: FastifyInstance, readiness: Readiness): void {
  app.get('/livez', async (_request, reply) => {
    reply.header('cache-control', 'no-store');
    // The process answers; nothing outside it is asked, so a slow dependency never gets it restarted.
    return { status: 'ok' };
  });

  app.get('/readyz', async (request, reply) => {
    const report = await readiness.report(request.log);
    reply.header('cache-control', 'no-store');
    return reply.code(report.ready ? 200 : 503).send({ status: report.ready ? 'ok' : 'fail', checks: report.checks });
  });
}

export async function sendMetrics(reply: FastifyReply, metrics: ConsoleMetrics): Promise<FastifyReply> {
  const text = await metrics.registry.metrics();
  return reply.header('cache-control', 'no-store').type(metrics.registry.contentType).send(text);
}

/** /metrics on the console's own port, for holders of CONSOLE_METRICS_TOKEN only. */
export function metricsRoute(app: FastifyInstance, metrics: ConsoleMetrics, token: string): void {
  app.get('/metrics', async (request, reply) => {
    if (!hasMetricsToken(request.headers.authorization, token)) {
      reply.header('www-authenticate', 'Bearer realm="metrics"');
      return sendProblem(reply, { title: 'Unauthorized', status: 401 });
    }
    return sendMetrics(reply, metrics);
  });
}
