// @vitest-environment node
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import type { RunningSimulator } from '../../simulator/http/simulator';
import { buildLiveConsole, simControl, startTestSimulator } from '../testing/harness';

/**
 * The console over a real socket against the real HTTP simulator, under load and under faults the
 * other server tests do not reach: 200 concurrent calls, a token refused in the middle of a burst,
 * a token endpoint that fails, one that hangs; each fault gives a clear answer, the server stays up
 * and it recovers by itself once the fault clears. (proxy.test.ts covers garbage from the token
 * endpoint, a slow or stopped Live Platform and a single refused token.)
 */

let sim: RunningSimulator;
let app: FastifyInstance;
let origin: string;

beforeAll(async () => {
  sim = await startTestSimulator(0, { SIM_TOKEN_TTL_S: '3600' });
  // A hang detector for the bursts: a loaded machine may take seconds over 200 calls (the timeout's own tests use a short one).
  ({ app } = await buildLiveConsole(sim.url, { UPSTREAM_TIMEOUT_MS: '20000', LOG_LEVEL: 'silent' }));
  origin = await app.listen({ port: 0, host: '127.0.0.1' });
});
afterAll(async () => {
  await app.close();
  await sim.close();
});
beforeEach(async () => {
  await simControl(sim, 'POST', '/__sim/reset');
  // Every test starts with no usable token in the console's cache.
  await simControl(sim, 'POST', '/__sim/tokens/revoke');
});

async function get(path: string): Promise<{ status: number; body: unknown }> {
  const response = await fetch(`${origin}${path}`);
  const text = await response.text();
  return { status: response.status, body: text === '' ? null : (JSON.parse(text) as unknown) };
}

/** The server answers its own endpoint, whatever the upstream is doing. */
async function expectUp() {
  expect((await get('/api/console/info')).status).toBe(200);
}

const tokensIssued = () => sim.state.tokens.issuedCount;

describe('load', () => {
  it('answers 200 concurrent API calls, all 200, with one token request', async () => {
    await get('/api/v3/customer');
    await simControl(sim, 'POST', '/__sim/reset');
    await simControl(sim, 'POST', '/__sim/tokens/revoke');
    const paths = Array.from({ length: 200 }, (_, i) =>
      i % 2 === 0 ? '/api/v3/customer' : '/api/v3/customer/a2a3f4c1-38a9-4709-a1be-0c99d02dd5a2?allDetails=true',
    );
    const answers = await Promise.all(paths.map((path) => get(path)));

    expect(answers.filter((a) => a.status !== 200)).toEqual([]);
    expect((answers[0]?.body as unknown[]).length).toBe(35);
    expect(answers[1]?.body).toMatchObject({ CustomerShortName: 'BradOCDev1' });
    // The cached token was revoked: the first call of the burst met a 401, one new token served all.
    expect(tokensIssued()).toBe(1);
    expect(sim.state.apiRequests).toBe(200);
  });

  it('a token refused in the middle of a burst costs one new token, and no call fails', async () => {
    await get('/api/v3/customer');
    const before = tokensIssued();
    const first = Array.from({ length: 50 }, () => get('/api/v3/customer'));
    await simControl(sim, 'POST', '/__sim/tokens/revoke');
    const second = Array.from({ length: 50 }, () => get('/api/v3/customer'));
    const answers = await Promise.all([...first, ...second]);
    expect(answers.filter((a) => a.status !== 200)).toEqual([]);
    expect(tokensIssued()).toBe(before + 1);
  });
});

describe('token expiry', () => {
  it('a token that expires on its own is replaced before the platform refuses it: no 401 over several lifetimes', async () => {
    const shortLived = await startTestSimulator(0, { SIM_TOKEN_TTL_S: '2' });
    const { app: expiring } = await buildLiveConsole(shortLived.url, { LOG_LEVEL: 'silent' });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 6; i += 1) {
        statuses.push((await expiring.inject({ method: 'GET', url: '/api/v3/customer' })).statusCode);
        await new Promise((resolve) => setTimeout(resolve, 700));
      }
      expect(statuses).toEqual([200, 200, 200, 200, 200, 200]);
      expect(shortLived.state.unauthorizedRequests).toBe(0);
      expect(shortLived.state.tokens.issuedCount).toBeGreaterThanOrEqual(3);
    } finally {
      await expiring.close();
      await shortLived.close();
    }
  });
});

describe('token endpoint faults', () => {
  it('failing (503): a clear 502 naming the token endpoint, the server stays up, and it recovers', async () => {
    await simControl(sim, 'POST', '/__sim/token-endpoint', { mode: 'fail' });
    const down = await get('/api/v3/customer');
    expect(down).toEqual({
      status: 502,
      body: { title: 'Could not obtain a Live Platform token', status: 502, detail: 'the token endpoint answered 503' },
    });
    await expectUp();
    // Failures are not cached: each call tries again, and the first after the fault clears succeeds.
    expect((await get('/api/v3/customer')).status).toBe(502);
    await simControl(sim, 'POST', '/__sim/token-endpoint', { mode: 'ok' });
    const back = await get('/api/v3/customer');
    expect(back.status).toBe(200);
    expect(back.body).toHaveLength(35);
  });

  it('answering garbage to a burst: every call gets the same clear 502, then all recover', async () => {
    await simControl(sim, 'POST', '/__sim/token-endpoint', { mode: 'garbage' });
    const answers = await Promise.all(Array.from({ length: 20 }, () => get('/api/v3/customer')));
    expect(new Set(answers.map((a) => JSON.stringify(a)))).toEqual(
      new Set([JSON.stringify({ status: 502, body: { title: 'Could not obtain a Live Platform token', status: 502, detail: 'the token endpoint answered 200 with text/html instead of a JSON token response' } })]),
    );
    await simControl(sim, 'POST', '/__sim/token-endpoint', { mode: 'ok' });
    const recovered = await Promise.all(Array.from({ length: 20 }, () => get('/api/v3/customer')));
    expect(recovered.every((a) => a.status === 200)).toBe(true);
  });

  it('hanging: gives up within the timeout with a clear 502, and recovers when it answers again', async () => {
    let hang = true;
    const held: Array<() => void> = [];
    // A token endpoint in front of the simulator's that can stop answering.
    const front: Server = createServer((req, res) => {
      const forward = () => {
        const chunks: Buffer[] = [];
        req.on('data', (chunk: Buffer) => chunks.push(chunk));
        req.on('end', () => {
          void fetch(`${sim.url}/oauth2/v2.0/token`, { method: 'POST', headers: { 'content-type': req.headers['content-type'] ?? '' }, body: Buffer.concat(chunks) })
            .then(async (answer) => {
              res.writeHead(answer.status, { 'content-type': answer.headers.get('content-type') ?? 'application/json' });
              res.end(await answer.text());
            });
        });
      };
      if (hang) held.push(forward);
      else forward();
    });
    await new Promise<void>((resolve) => front.listen(0, '127.0.0.1', resolve));
    const frontUrl = `http://127.0.0.1:${(front.address() as AddressInfo).port}/oauth2/v2.0/token`;
    const { app: hung } = await buildLiveConsole(sim.url, { UPSTREAM_TIMEOUT_MS: '1000', LOG_LEVEL: 'silent', LIVE_PLATFORM_TOKEN_URL: frontUrl });
    try {
      // The endpoint never answers: an answer at all means the timeout ended the wait.
      const stalled = await hung.inject({ method: 'GET', url: '/api/v3/customer' });
      expect(stalled.statusCode).toBe(502);
      expect(stalled.json()).toEqual({ title: 'Could not obtain a Live Platform token', status: 502, detail: 'the token endpoint did not answer in time' });
      expect((await hung.inject({ method: 'GET', url: '/api/console/info' })).statusCode).toBe(200);

      hang = false;
      const back = await hung.inject({ method: 'GET', url: '/api/v3/customer' });
      expect(back.statusCode).toBe(200);
    } finally {
      for (const release of held) release();
      await hung.close();
      front.closeAllConnections();
      await new Promise<void>((resolve) => front.close(() => resolve()));
    }
  });
});

describe('Live Platform faults', () => {
  it('slow past the timeout: 504 for each waiting call, the server stays up, and the next call after it recovers succeeds', async () => {
    // Its own console with a short timeout; the platform's delay is three times longer (a slower machine only widens the gap).
    const { app: impatient } = await buildLiveConsole(sim.url, { UPSTREAM_TIMEOUT_MS: '1000', LOG_LEVEL: 'silent' });
    try {
      await simControl(sim, 'POST', '/__sim/latency', { ms: 3000 });
      const slow = await Promise.all(Array.from({ length: 10 }, () => impatient.inject({ method: 'GET', url: '/api/v3/customer' })));
      expect(slow.every((a) => a.statusCode === 504)).toBe(true);
      expect(slow[0]?.json()).toEqual({ title: 'Live Platform did not answer in time', status: 504 });
      expect((await impatient.inject({ method: 'GET', url: '/api/console/info' })).statusCode).toBe(200);
      await simControl(sim, 'POST', '/__sim/latency', { ms: 0 });
      expect((await impatient.inject({ method: 'GET', url: '/api/v3/customer' })).statusCode).toBe(200);
    } finally {
      await impatient.close();
    }
  });

  it('a dropped connection: 502 "unreachable", the server stays up, and recovers', async () => {
    await simControl(sim, 'POST', '/__sim/faults', { route: 'GET /api/v3/customer', status: 0, times: 1 });
    const dropped = await get('/api/v3/customer');
    expect(dropped.status).toBe(502);
    expect(dropped.body).toMatchObject({ title: 'Live Platform is unreachable', status: 502 });
    await expectUp();
    expect((await get('/api/v3/customer')).status).toBe(200);
  });

  it('a token the platform keeps refusing: the 401 is passed on after one fresh try, never looped', async () => {
    await get('/api/v3/customer');
    // Refused twice in a row: with the cached token, then with a fresh one (an app registration the platform does not accept).
    await simControl(sim, 'POST', '/__sim/faults', { route: 'GET /api/v3/customer', status: 401, times: 2 });
    const refused = await get('/api/v3/customer');
    expect(refused.status).toBe(401);
    expect(refused.body).toMatchObject({ title: 'Unauthorized', status: 401 });
    expect(sim.state.apiRequests).toBe(3);
    expect((await get('/api/v3/customer')).status).toBe(200);
  });
});
