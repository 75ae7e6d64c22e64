// @vitest-environment node
import type { FastifyInstance } from 'fastify';
import type { RunningSimulator } from '../../simulator/http/simulator';
import { simControl, startTestSimulator } from '../testing/harness';
import { openStore } from '../store/store';
import { createMetrics } from './metrics';
import { startMetricsServer } from './metrics-server';
import { getWithHost, listenLiveConsole, sample, type ListeningConsole } from '../testing/listening-console';

/** /metrics over real HTTP: who may read it, and that each metric moves when its event happens. */

const TOKEN = 'metrics-token-3b8f0e2a91c4';
let sim: RunningSimulator;
let live: ListeningConsole;

beforeAll(async () => {
  sim = await startTestSimulator();
  live = await listenLiveConsole(sim, { CONSOLE_METRICS_TOKEN: TOKEN });
});
afterAll(async () => {
  await live.app.close();
  await sim.close();
});

/** A GET whose answer is read to the end: the request is counted once its answer has gone out. */
async function get(path: string): Promise<number> {
  const response = await fetch(`${live.url}${path}`);
  await response.arrayBuffer();
  return response.status;
}

async function scrape(url = live.url): Promise<string> {
  const response = await fetch(`${url}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } });
  expect(response.status).toBe(200);
  return response.text();
}

describe('access', () => {
  it('refuses without the token or with a wrong one, on any Host', async () => {
    const none = await fetch(`${live.url}/metrics`);
    expect(none.status).toBe(401);
    expect(none.headers.get('www-authenticate')).toBe('Bearer realm="metrics"');
    expect(await none.text()).not.toContain('console_');
    expect((await fetch(`${live.url}/metrics`, { headers: { authorization: `Bearer ${TOKEN}x` } })).status).toBe(401);
    expect((await fetch(`${live.url}/metrics`, { headers: { authorization: TOKEN } })).status).toBe(401);
    expect((await getWithHost(live.url, '/metrics', 'prometheus.internal')).status).toBe(401);
  });

  it('is not served at all without CONSOLE_METRICS_TOKEN', async () => {
    const plain = await listenLiveConsole(sim);
    try {
      const response = await fetch(`${plain.url}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } });
      expect(response.status).toBe(404);
      expect(await response.text()).not.toContain('console_');
    } finally {
      await plain.app.close();
    }
  });

  it('METRICS_PORT: a listener of its own serves them without a token', async () => {
    const metrics = createMetrics();
    metrics.sessions.set(3);
    const server: FastifyInstance = await startMetricsServer(metrics, 0, '127.0.0.1');
    try {
      const address = server.server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      const text = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
      expect(sample(text, 'console_sessions')).toBe(3);
      expect((await fetch(`http://127.0.0.1:${port}/`)).status).toBe(404);
    } finally {
      await server.close();
    }
  });
});

describe('what moves', () => {
  it('counts answers by route template and status', async () => {
    const labels = { route: '/api/*', status_code: '200', method: 'GET' };
    const before = sample(await scrape(), 'console_http_request_duration_seconds_count', labels);
    await get('/api/v3/customer');
    await get('/api/v3/customer/a2a3f4c1-38a9-4709-a1be-0c99d02dd5a2?allDetails=true');
    // Counted once the answer has gone out, which may be a moment after the client read it.
    await expect.poll(async () => sample(await scrape(), 'console_http_request_duration_seconds_count', labels)).toBe(before + 2);
    // Raw paths (ids) never become label values.
    expect(await scrape()).not.toContain('a2a3f4c1-38a9');
  });

  it('times Live Platform calls by documented endpoint and status, failures included', async () => {
    await simControl(sim, 'POST', '/__sim/faults', { route: 'GET /api/v3/customer/:guid', status: 500, times: 1 });
    const details = { endpoint: '/api/v3/customer/{guid}', method: 'GET' };
    const before = await scrape();
    await get('/api/v3/customer/a2a3f4c1-38a9-4709-a1be-0c99d02dd5a2');
    await get('/api/v3/customer/a2a3f4c1-38a9-4709-a1be-0c99d02dd5a2');
    await get('/api/ovoc/v1/topology/services/');
    const after = await scrape();
    const count = (text: string, labels: Record<string, string>) => sample(text, 'console_upstream_request_duration_seconds_count', labels);
    expect(count(after, { ...details, status: '500' }) - count(before, { ...details, status: '500' })).toBe(1);
    expect(count(after, { ...details, status: '200' }) - count(before, { ...details, status: '200' })).toBe(1);
    const services = { endpoint: '/api/ovoc/v1/topology/services', status: '200' };
    expect(count(after, services) - count(before, services)).toBe(1);
  });

  it('counts token fetches and failures', async () => {
    const before = await scrape();
    await simControl(sim, 'POST', '/__sim/tokens/revoke');
    await simControl(sim, 'POST', '/__sim/token-endpoint', { mode: 'fail' });
    expect(await get('/api/v3/customer')).toBe(502);
    await simControl(sim, 'POST', '/__sim/token-endpoint', { mode: 'ok' });
    expect(await get('/api/v3/customer')).toBe(200);
    const after = await scrape();
    const fetches = (text: string, outcome: string) => sample(text, 'console_upstream_token_fetches_total', { outcome });
    expect(fetches(after, 'error') - fetches(before, 'error')).toBe(1);
    expect(fetches(after, 'ok') - fetches(before, 'ok')).toBe(1);
    expect(sample(after, 'console_upstream_request_duration_seconds_count', { endpoint: '/api/v3/customer', status: 'token_error' })).toBeGreaterThanOrEqual(1);
  });

  it('offers the other rooms their instruments: read at scrape time or moved as things happen', async () => {
    let sessions = 4;
    live.app.ops.metrics.sessions.readFrom(() => sessions);
    live.app.ops.metrics.rateLimitRefusals.inc({ route: '/auth/login' });
    live.app.ops.metrics.auditWrites.inc({ outcome: 'ok' });
    expect(sample(await scrape(), 'console_sessions')).toBe(4);
    sessions = 5;
    const text = await scrape();
    expect(sample(text, 'console_sessions')).toBe(5);
    expect(sample(text, 'console_rate_limit_refusals_total', { route: '/auth/login' })).toBe(1);
    expect(sample(text, 'console_audit_writes_total', { outcome: 'ok' })).toBe(1);
  });

  it("moves the mirror's poll, row and age metrics as the poller reads the Live Platform", async () => {
    const withStore = await listenLiveConsole(sim, { CONSOLE_METRICS_TOKEN: TOKEN }, { store: openStore({ kind: 'pglite', dataDir: null }) });
    try {
      // A hang detector inside Vitest's 120 s: the first poll starts the poll worker (tsx compiles it), slow at load 15.
      await expect.poll(async () => sample(await scrape(withStore.url), 'console_mirror_poll_duration_seconds_count', { outcome: 'ok' }), { timeout: 110_000 }).toBeGreaterThanOrEqual(1);
      const text = await scrape(withStore.url);
      expect(sample(text, 'console_mirror_rows', { list: 'customers' })).toBe(35);
      expect(sample(text, 'console_mirror_rows', { list: 'ovocServices' })).toBeGreaterThan(0);
      expect(sample(text, 'console_mirror_unreadable_rows', { list: 'customers' })).toBe(0);
      expect(text).toMatch(/^console_mirror_snapshot_age_seconds \d/m);
    } finally {
      await withStore.app.close();
    }
  });
});
