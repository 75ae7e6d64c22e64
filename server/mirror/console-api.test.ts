// @vitest-environment node
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import { consoleHealthSchema, consoleServicesSchema, recentChangesSchema, refreshAnswerSchema, timelineSchema } from '../../src/api/schemas';
import { createStore, type SimStore } from '../../simulator/store';
import { loadConfig } from '../config';
import { buildServer } from '../http/app';
import { freshTestDatabase } from '../store/engines';
import { openStore, type Store } from '../store/store';

/**
 * /api/console/* in demo mode over the in-process simulator, on a PostgreSQL store: what the
 * pages get, 304 on an unchanged refresh, a status change with its "since", history, Refresh's
 * rate limit, and a create through the pass-through showing up at once.
 */

let sim: SimStore;
let store: Store;
let app: FastifyInstance;

beforeAll(async () => {
  store = await openStore({ kind: 'postgres', url: await freshTestDatabase('console_api') });
  sim = createStore();
  app = await buildServer(loadConfig({ LOG_LEVEL: 'silent', CONSOLE_POLL_SECONDS: '3600' }), { demo: { store: sim, latencyMs: 0 }, store, mirrorTickMs: 50 });
  await app.ready();
});
afterAll(async () => {
  await app?.close();
  await store?.close();
});

const get = (url: string, headers: Record<string, string> = {}) => app.inject({ method: 'GET', url, headers });

async function versionNow(): Promise<number> {
  return consoleServicesSchema.parse((await get('/api/console/services')).json()).meta.version;
}

/** Asks for a read now (as a create would) and waits until the new version is served. */
async function readNow(): Promise<number> {
  const before = await versionNow();
  await store.db.updateTable('mirror_state').set({ refresh_requested_at: new Date() }).where('id', '=', 1).execute();
  await vi.waitFor(async () => expect(await versionNow()).toBeGreaterThan(before), { timeout: 60_000, interval: 50 });
  return versionNow();
}

describe('the services list and Health projections', () => {
  it('serves every documented customer with its joined health, and every OVOC service with since "at least"', async () => {
    const services = consoleServicesSchema.parse((await get('/api/console/services')).json());
    expect(services.rows).toHaveLength(sim.listCustomers().length);
    expect(services.meta).toMatchObject({ stale: null, skippedRows: { customers: 0, ovocServices: 0 } });
    const withHealth = services.rows.filter((row) => row.health !== null);
    expect(withHealth.length).toBeGreaterThan(0);
    expect(withHealth[0]?.health?.since?.atLeast).toBe(true);

    const health = consoleHealthSchema.parse((await get('/api/console/health')).json());
    expect(health.rows).toHaveLength(sim.listOvocServices().length);
    const first = health.rows[0];
    expect(first?.since.status).toEqual({ at: services.meta.takenAt, atLeast: true });
    expect(health.meta.version).toBe(services.meta.version);
  });

  it.each(['br', 'gzip'])('sends both projections compressed (%s), readable as sent', async (encoding) => {
    for (const url of ['/api/console/services', '/api/console/health']) {
      const answer = await get(url, { 'accept-encoding': encoding });
      expect(answer.headers['content-encoding']).toBe(encoding);
      const body = encoding === 'br' ? brotliDecompressSync(answer.rawPayload) : gunzipSync(answer.rawPayload);
      const schema = url.endsWith('health') ? consoleHealthSchema : consoleServicesSchema;
      expect(schema.parse(JSON.parse(body.toString('utf8'))).rows.length).toBeGreaterThan(0);
    }
  });

  it('answers an unchanged refresh with 304 and no body', async () => {
    const first = await get('/api/console/health');
    const etag = first.headers.etag;
    expect(etag).toMatch(/^W\/"\d+-f"$/);
    const again = await get('/api/console/health', { 'if-none-match': String(etag) });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
  });
});

describe('a status change', () => {
  it('gets a new version, its "since", a place in the last 24 hours and on the service timeline', async () => {
    const service = sim.listOvocServices()[0];
    const id = service?.id ?? 0;
    const before = (await get('/api/console/health')).headers.etag;
    expect(sim.setOvocServiceStatus(id, service?.status === 'ERROR' ? 'OK' : 'ERROR')).toBe(true);
    const version = await readNow();

    const health = consoleHealthSchema.parse((await get('/api/console/health')).json());
    const row = health.rows.find((r) => r.key === String(id));
    expect(row?.status).toBe(sim.getOvocService(id)?.status);
    expect(row?.since.status?.atLeast).toBe(false);
    expect((await get('/api/console/health', { 'if-none-match': String(before) })).statusCode).toBe(200);

    const recent = recentChangesSchema.parse((await get('/api/console/changes?hours=24')).json());
    expect(recent.changes[0]).toMatchObject({ key: String(id), field: 'status', from: service?.status, to: row?.status, version, firstSeen: false });

    const timeline = timelineSchema.parse((await get(`/api/console/health/${id}/timeline`)).json());
    expect(timeline.changes.filter((c) => c.field === 'status').map((c) => [c.from, c.to, c.firstSeen])).toEqual([
      [null, service?.status, true],
      [service?.status, row?.status, false],
    ]);
    expect((await get('/api/console/health/no-such-service/timeline')).statusCode).toBe(404);
    expect((await get(`/api/console/health/${id}/timeline?days=0`)).statusCode).toBe(400);
  });
});

describe('Refresh', () => {
  it('lets one request through per 10 seconds for everyone', async () => {
    const first = refreshAnswerSchema.parse((await app.inject({ method: 'POST', url: '/api/console/refresh' })).json());
    const second = await app.inject({ method: 'POST', url: '/api/console/refresh' });
    expect(first.accepted).toBe(true);
    expect(second.statusCode).toBe(202);
    expect(refreshAnswerSchema.parse(second.json()).accepted).toBe(false);
    expect(Number(second.headers['retry-after'])).toBeGreaterThan(0);
  });
});

describe('a customer created through the console', () => {
  it('is in the services list at once, without waiting for the poll interval', async () => {
    const { fixtures } = await import('../../simulator/fixtures');
    const created = await app.inject({ method: 'POST', url: '/api/v2/customer', payload: { ...fixtures.createCustomerRequest, shortName: 'snapnew01' } });
    expect(created.statusCode).toBeLessThan(300);
    await vi.waitFor(
      async () => {
        const rows = consoleServicesSchema.parse((await get('/api/console/services')).json()).rows;
        expect(rows.map((r) => r.customerShortName)).toContain('snapnew01');
      },
      { timeout: 60_000, interval: 50 },
    );
  });
});
