// @vitest-environment node
import { brotliDecompressSync } from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import type { RunningSimulator } from '../../simulator/http/simulator';
import { buildLiveConsole, rawGet, simControl, startTestSimulator, TEST_SECRET, type CapturedLogs } from '../testing/harness';

/** The console in live mode, end to end, against a real simulator over HTTP. */

let sim: RunningSimulator;
let app: FastifyInstance;
let logs: CapturedLogs;
let origin: string;
/** Every token the simulator hands out and every body the console answers, to prove neither leaks. */
const issuedTokens: string[] = [];
const bodies: string[] = [];

function recordTokens(simulator: RunningSimulator): void {
  const registry = simulator.state.tokens;
  const issue = registry.issue.bind(registry);
  registry.issue = (ttl: number) => {
    const token = issue(ttl);
    issuedTokens.push(token);
    return token;
  };
}

async function get(url: string, headers: Record<string, string> = {}) {
  const response = await app.inject({ method: 'GET', url, headers });
  bodies.push(response.body);
  return response;
}

const apiCalls = () => sim.state.log.list().filter((entry) => entry.path.startsWith('/api/'));

beforeAll(async () => {
  sim = await startTestSimulator();
  recordTokens(sim);
  ({ app, logs } = await buildLiveConsole(sim.url, { UPSTREAM_TIMEOUT_MS: '1500' }));
  origin = await app.listen({ port: 0, host: '127.0.0.1' });
});
afterAll(async () => {
  await app.close();
  await sim.close();
});
beforeEach(async () => {
  await simControl(sim, 'POST', '/__sim/reset');
});

describe('live mode through the simulator', () => {
  it('lists the 35 documented customers', async () => {
    const response = await get('/api/v3/customer');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^application\/json/);
    expect(response.headers['cache-control']).toBe('no-store');
    expect(response.json()).toHaveLength(35);
  });

  it('sends its own bearer token and none of the browser\'s credentials or extra headers', async () => {
    const response = await get('/api/v3/customer', {
      cookie: 'session=browser-cookie',
      authorization: 'Bearer browser-token',
      'x-custom': 'browser',
      'accept-language': 'de-DE',
    });
    expect(response.statusCode).toBe(200);
    const [call] = apiCalls();
    expect(call?.authorization).toBe(true);
    expect(call?.headerNames).not.toContain('cookie');
    expect(call?.headerNames).not.toContain('x-custom');
    expect(call?.headerNames).toContain('accept-language');
    // The simulator accepted the call, so the header carried a token it issued, not the browser's.
    expect(sim.state.unauthorizedRequests).toBe(0);
  });

  it('forwards path, query and body unchanged', async () => {
    const [first] = (await get('/api/v3/customer')).json<Array<{ UmpCustomerGuid: string }>>();
    await get(`/api/v3/customer/${first?.UmpCustomerGuid}?allDetails=true`);
    const body = JSON.stringify({ shortName: 'NewCo', siteLocation: { sbcId: 7 } });
    const created = await app.inject({ method: 'POST', url: '/api/v2/customer', payload: body, headers: { 'content-type': 'application/json' } });
    bodies.push(created.body);
    const calls = apiCalls();
    expect(calls[1]?.path).toBe(`/api/v3/customer/${first?.UmpCustomerGuid}?allDetails=true`);
    expect(calls[2]).toMatchObject({ method: 'POST', path: '/api/v2/customer', body });
  });

  it('passes the Live Platform\'s error status and body through', async () => {
    await simControl(sim, 'POST', '/__sim/faults', { route: 'GET /api/v3/customer', status: 500, times: 1 });
    const response = await get('/api/v3/customer');
    expect(response.statusCode).toBe(500);
    expect(response.json()).toMatchObject({ status: 500 });
  });

  it('answers undocumented /api paths with 404 without calling the Live Platform', async () => {
    for (const url of ['/api/v1/customer', '/api/console/whatever', '/api/v3/customers', '/api']) {
      const response = await get(url);
      expect(response.statusCode, url).toBe(404);
      expect(response.json()).toEqual({ title: 'Not Found', status: 404 });
    }
    expect(apiCalls()).toHaveLength(0);
  });

  it('refuses path traversal with 400, as sent on the wire', async () => {
    for (const path of ['/api/v3/customer/../../admin', '/api/v3/customer/%2e%2e/admin', '/api/v3/customer//x', '/api/v3/customer/..%5c..%5cadmin', '/api/v3/customer/a\\b']) {
      const response = await rawGet(origin, path);
      expect(response.status, path).toBe(400);
      expect(JSON.parse(response.body)).toEqual({ title: 'Bad request path', status: 400 });
    }
    expect(apiCalls()).toHaveLength(0);
  });

  it('compresses the JSON it relays', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/v3/customer', headers: { 'accept-encoding': 'br' } });
    expect(response.headers['content-encoding']).toBe('br');
    expect(JSON.parse(brotliDecompressSync(response.rawPayload).toString('utf8'))).toHaveLength(35);
  });

  it('on a refused token fetches a new one and retries once', async () => {
    await get('/api/v3/customer');
    await simControl(sim, 'POST', '/__sim/tokens/revoke');
    const before = sim.state.tokens.issuedCount;
    const response = await get('/api/v3/customer');
    expect(response.statusCode).toBe(200);
    expect(sim.state.tokens.issuedCount).toBe(before + 1);
    expect(sim.state.unauthorizedRequests).toBe(1);
  });

  it('answers 502 with a clear reason when no token can be had, and recovers', async () => {
    await get('/api/v3/customer');
    await simControl(sim, 'POST', '/__sim/tokens/revoke');
    await simControl(sim, 'POST', '/__sim/token-endpoint', { mode: 'garbage' });
    const response = await get('/api/v3/customer');
    expect(response.statusCode).toBe(502);
    expect(response.json()).toEqual({
      title: 'Could not obtain a Live Platform token',
      status: 502,
      detail: 'the token endpoint answered 200 with text/html instead of a JSON token response',
    });
    await simControl(sim, 'POST', '/__sim/token-endpoint', { mode: 'ok' });
    expect((await get('/api/v3/customer')).statusCode).toBe(200);
  });

  it('answers 504 when the Live Platform is slow', async () => {
    await simControl(sim, 'POST', '/__sim/latency', { ms: 5000 });
    const response = await get('/api/v3/customer');
    expect(response.statusCode).toBe(504);
    expect(response.json()).toEqual({ title: 'Live Platform did not answer in time', status: 504 });
  });

  it('answers 502 while the Live Platform is down and recovers when it is back', async () => {
    await get('/api/v3/customer');
    const port = new URL(sim.url).port;
    await sim.close();
    const down = await get('/api/v3/customer');
    expect(down.statusCode).toBe(502);
    expect(down.json()).toMatchObject({ title: 'Live Platform is unreachable', status: 502 });

    // A restarted platform no longer knows the cached token: the console must refresh on its own.
    sim = await startTestSimulator(Number(port));
    recordTokens(sim);
    const back = await get('/api/v3/customer');
    expect(back.statusCode).toBe(200);
    expect(back.json()).toHaveLength(35);
  });

  it('never lets the client secret or a token out, in answers or in logs', async () => {
    await get('/api/v3/customer', { authorization: 'Bearer browser-token', cookie: 'c=1' });
    expect(issuedTokens.length).toBeGreaterThan(0);
    const logText = logs.text();
    expect(logText).toContain('/api/v3/customer');
    for (const secret of [TEST_SECRET, ...issuedTokens]) {
      expect(logText).not.toContain(secret);
      for (const body of bodies) expect(body).not.toContain(secret);
    }
    expect(logText).not.toContain('browser-token');
  });
});
