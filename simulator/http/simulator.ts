import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { simulatorConfigFromEnv } from './config';
import { CONTROL_PREFIX, handleControl } from './control';
import { answerFromHandlers, BodyTooLargeError, readBody, toFetchHeaders, toFetchRequest, writeFetchResponse } from './node-adapter';
import { SimulatorState } from './state';
import { TOKEN_PATH, handleTokenRequest } from './token-endpoint';
import { bearerToken } from './tokens';

/**
 * A standalone HTTP server that behaves like a Live Platform instance plus its Entra token
 * endpoint: tokens are required on /api, the data comes from the msw handlers over the
 * in-memory store, and /__sim lets tests steer it.
 */

export interface StartSimulatorOptions {
  /** Overrides SIM_PORT; 0 picks a free port. */
  port?: number;
  /** Overrides SIM_HOST. */
  host?: string;
  env?: Record<string, string | undefined>;
  /** Where a failure to answer is reported (default: stderr). */
  logError?: (line: string) => void;
}

export interface RunningSimulator {
  url: string;
  state: SimulatorState;
  close(): Promise<void>;
}

const MAX_BODY_BYTES = 5 * 1024 * 1024;
/** "/api/..." or, as behind a real deployment's base path, "/tenantui/api/...". */
const API_PATH = /^(?:\/[A-Za-z0-9_-]+)?\/api\//;

function unauthorized(): Response {
  return Response.json(
    {
      type: 'https://tools.ietf.org/html/rfc9110#section-15.5.2',
      title: 'Unauthorized',
      status: 401,
      traceId: `00-${crypto.randomUUID().replaceAll('-', '')}-${crypto.randomUUID().replaceAll('-', '').slice(0, 16)}-01`,
    },
    { status: 401, headers: { 'www-authenticate': 'Bearer error="invalid_token"', 'content-type': 'application/problem+json' } },
  );
}

async function answerApi(state: SimulatorState, request: Request, closed: AbortSignal): Promise<Response> {
  const token = bearerToken(request.headers.get('authorization') ?? undefined);
  if (!token || !state.tokens.isValid(token)) {
    state.unauthorizedRequests += 1;
    return unauthorized();
  }
  state.apiRequests += 1;
  if (state.extraLatencyMs > 0) await sleep(state.extraLatencyMs, undefined, { signal: closed }).catch(() => undefined);
  return answerFromHandlers(state.handlers, request);
}

async function route(state: SimulatorState, origin: string, req: IncomingMessage, closed: AbortSignal): Promise<Response> {
  const method = (req.method ?? 'GET').toUpperCase();
  const target = req.url ?? '/';
  const path = target.split('?')[0] ?? '/';
  const body = await readBody(req, MAX_BODY_BYTES);
  const text = body.toString('utf8');
  if (path.startsWith(CONTROL_PREFIX)) {
    return handleControl(state, method, path, text) ?? Response.json({ title: 'Not Found', status: 404 }, { status: 404 });
  }
  state.log.add({
    method,
    path: target,
    body: text,
    authorization: req.headers.authorization !== undefined,
    headerNames: Object.keys(req.headers).sort(),
    requestId: typeof req.headers['x-request-id'] === 'string' ? req.headers['x-request-id'] : null,
  });
  if (path === TOKEN_PATH) return handleTokenRequest(state, method, toFetchHeaders(req.headers), text);
  if (API_PATH.test(path)) {
    state.outsideTable.check(method, target);
    return answerApi(state, toFetchRequest(req, origin, body), closed);
  }
  return Response.json({ title: 'Not Found', status: 404 }, { status: 404 });
}

export async function startSimulator(options: StartSimulatorOptions = {}): Promise<RunningSimulator> {
  const env = options.env ?? process.env;
  const base = simulatorConfigFromEnv(env);
  const config = { ...base, port: options.port ?? base.port, host: options.host ?? base.host };
  const state = new SimulatorState(config, env);
  const logError = options.logError ?? ((line: string) => process.stderr.write(`${line}\n`));
  let origin = '';

  const server = createServer((req, res) => {
    const closed = new AbortController();
    res.on('close', () => closed.abort());
    route(state, origin, req, closed.signal)
      .catch((error: unknown) => {
        if (error instanceof BodyTooLargeError) return Response.json({ title: 'Payload Too Large', status: 413 }, { status: 413 });
        const detail = error instanceof Error ? error.message : String(error);
        return Response.json({ title: 'Simulator error', status: 500, detail }, { status: 500 });
      })
      .then((response) => (res.writableEnded || res.destroyed ? undefined : writeFetchResponse(res, response, req.method)))
      .catch((error: unknown) => {
        // An answer that cannot be written is cut, as a dropped connection; say why rather than hide it.
        logError(`simulator: ${req.method ?? 'GET'} ${req.url ?? '/'} could not be answered, connection closed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
        res.destroy();
      });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  origin = `http://${host}:${address.port}`;

  return {
    url: origin,
    state,
    close: () =>
      new Promise<void>((resolve, reject) => {
        state.stopFlips();
        server.close((error) => (error ? reject(error) : resolve()));
        // Keep-alive sockets of clients (the console's fetch pool) would hold close() open.
        server.closeAllConnections();
      }),
  };
}
