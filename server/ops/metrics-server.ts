import Fastify, { type FastifyInstance } from 'fastify';
import type { ConsoleMetrics } from './metrics';
import { sendMetrics } from './ops-routes';

/**
 * METRICS_PORT: /metrics alone on its own listener, without a token, for deployments where only
 * the monitoring network reaches that port (a pod port not exposed by the Service, say).
 */
export async function startMetricsServer(metrics: ConsoleMetrics, port: number, host: string): Promise<FastifyInstance> {
  const app = Fastify({ logger: false });
  app.get('/metrics', async (_request, reply) => sendMetrics(reply, metrics));
  await app.listen({ port, host });
  return app;
}
