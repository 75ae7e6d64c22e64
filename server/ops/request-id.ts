import { randomUUID } from 'node:crypto';
import { LogController, type FastifyInstance, type FastifyServerOptions } from 'fastify';

/**
 * Request ids: one per request, made here (a client-chosen id would let anyone write arbitrary text
 * into our logs or pose as another person's failure). It is on every log line of the request
 * (fastify's per-request pino child), in the `x-request-id` answer header, and sent to the Live
 * Platform, so a person's error panel, our log and the upstream's log name the same call.
 */

export const REQUEST_ID_HEADER = 'x-request-id';

/** The Fastify options that make and log the id. */
export const requestIdOptions = (): Pick<FastifyServerOptions, 'requestIdHeader' | 'logController' | 'genReqId'> => ({
  requestIdHeader: false,
  logController: new LogController({ requestIdLogLabel: 'requestId' }),
  genReqId: () => randomUUID(),
});

/** First hook of all, so every answer carries the id: guard refusals, problems and files alike. */
export function answerWithRequestId(app: FastifyInstance): void {
  app.addHook('onRequest', async (request, reply) => {
    reply.header(REQUEST_ID_HEADER, request.id);
  });
}
