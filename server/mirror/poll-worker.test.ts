// @vitest-environment node
import type { FastifyInstance } from 'fastify';
import { consoleHealthSchema, consoleServicesSchema } from '../../src/api/schemas';
import { createStore } from '../../simulator/store';
import { loadConfig } from '../config';
import { buildServer } from '../http/app';
import { freshTestDatabase } from '../store/engines';
import { openStore, type Store } from '../store/store';

/**
 * A poll's CPU work (JSON, schemas, join, projections) runs in the poll worker, so the server keeps
 * answering while a large read is taken. Asserted on order, not time: a cheap request sent while the
 * poll is in the worker is answered while it is still there.
 */

const CUSTOMERS = 20_000;
let store: Store;
let app: FastifyInstance;
let origin: string;

beforeAll(async () => {
  store = await openStore({ kind: 'postgres', url: await freshTestDatabase('poll_worker') });
  app = await buildServer(loadConfig({ LOG_LEVEL: 'silent', CONSOLE_POLL_SECONDS: '3600', UPSTREAM_TIMEOUT_MS: '120000' }), {
    demo: { store: createStore({ customers: CUSTOMERS }), latencyMs: 0 },
    store,
    mirrorTickMs: 20,
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});
afterAll(async () => {
  await app?.close();
  await store?.close();
});

const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

it(`answers /livez while a ${CUSTOMERS.toLocaleString('en')}-customer read is parsed and joined in the worker, and serves that read`, async () => {
  const mirror = app.consoleMirror;
  if (!mirror) throw new Error('no mirror');
  while (mirror.pollStage !== 'computing') await nextTurn();
  // Each answer notes where the poll was when it arrived.
  const stages: string[] = [];
  while (mirror.pollStage === 'computing') {
    const response = await fetch(`${origin}/livez`);
    expect(response.status).toBe(200);
    await response.arrayBuffer();
    stages.push(mirror.pollStage);
  }
  expect(stages).toContain('computing');

  const services = consoleServicesSchema.parse(await (await fetch(`${origin}/api/console/services`)).json());
  expect(services.rows.length).toBeGreaterThanOrEqual(CUSTOMERS);
  expect(services.rows.filter((row) => row.health !== null).length).toBeGreaterThan(0);
  const health = consoleHealthSchema.parse(await (await fetch(`${origin}/api/console/health`)).json());
  expect(health.rows.length).toBeGreaterThan(0);
  expect(health.rows.every((row) => row.since.status === null || row.since.status.atLeast)).toBe(true);
});
