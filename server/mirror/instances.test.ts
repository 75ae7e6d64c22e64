// @vitest-environment node
import type { FastifyInstance } from 'fastify';
import { consoleHealthSchema, consoleServicesSchema, snapshotEventSchema } from '../../src/api/schemas';
import type { RunningSimulator } from '../../simulator/http/simulator';
import { freshTestDatabase } from '../store/engines';
import { openStore, type Store } from '../store/store';
import { buildLiveConsole, simControl, startTestSimulator, TEST_SECRET, type CapturedLogs } from '../testing/harness';
import { connectSse, type SseClient } from '../testing/sse-client';

/**
 * Two console servers on one PostgreSQL against the HTTP simulator, as a deployment runs them:
 * one polls, both serve the same version, a status change reaches SSE clients of either, the
 * other takes over when the poller dies, and the last snapshot is served (with its age and the
 * reason) while the Live Platform is down. Secrets never appear in any answer or log line.
 */

const POLL_SECONDS = 2;

interface Instance {
  app: FastifyInstance;
  store: Store;
  logs: CapturedLogs;
  origin: string;
}

let sim: RunningSimulator;
let databaseUrl: string;
const instances: Instance[] = [];
const bodies: string[] = [];
const sse: SseClient[] = [];

async function startInstance(): Promise<Instance> {
  const store = await openStore({ kind: 'postgres', url: databaseUrl });
  const { app, logs } = await buildLiveConsole(sim.url, { CONSOLE_POLL_SECONDS: String(POLL_SECONDS) }, { store, mirrorTickMs: 100 });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const instance = { app, store, logs, origin };
  instances.push(instance);
  return instance;
}

async function stopInstance(instance: Instance): Promise<void> {
  await instance.app.close();
  await instance.store.close();
}

async function getText(origin: string, path: string): Promise<string> {
  const response = await fetch(`${origin}${path}`);
  const text = await response.text();
  bodies.push(text);
  return text;
}

async function servedVersion(instance: Instance): Promise<number> {
  const text = await getText(instance.origin, '/api/console/services');
  return consoleServicesSchema.parse(JSON.parse(text)).meta.version;
}

beforeAll(async () => {
  sim = await startTestSimulator();
  databaseUrl = await freshTestDatabase('instances');
});
afterAll(async () => {
  for (const client of sse) client.close();
  for (const instance of instances) await stopInstance(instance).catch(() => undefined);
  await sim?.close();
});

it('polls once per deployment, tells clients of either instance, hands over when the poller dies, and keeps serving while the Live Platform is down', async () => {
  const [a, b] = [await startInstance(), await startInstance()];
  await vi.waitFor(async () => expect(await servedVersion(a)).toBeGreaterThan(0), { timeout: 60_000, interval: 100 });
  await vi.waitFor(async () => expect(await servedVersion(b)).toBe(await servedVersion(a)), { timeout: 60_000, interval: 100 });

  // Exactly one polls; the other has never read the Live Platform.
  const pollers = [a, b].filter((instance) => instance.app.consoleMirror?.isPoller);
  expect(pollers).toHaveLength(1);
  const poller = pollers[0] as Instance;
  const follower = poller === a ? b : a;
  expect(follower.app.consoleMirror?.upstreamReads).toBe(0);

  // A status changed at the simulator reaches an SSE client of each instance.
  const clients = [await connectSse(a.origin), await connectSse(b.origin)];
  sse.push(...clients);
  const target = consoleHealthSchema.parse(JSON.parse(await getText(a.origin, '/api/console/health'))).rows[0];
  if (!target) throw new Error('the simulator has no OVOC services');
  const next = target.status === 'ERROR' ? 'WARNING' : 'ERROR';
  expect((await simControl(sim, 'POST', `/__sim/ovoc/services/${target.id}/status`, { status: next })).status).toBe(204);
  // Asked through the follower: the request goes through the store to the poller.
  expect((await fetch(`${follower.origin}/api/console/refresh`, { method: 'POST' })).status).toBe(202);
  const isTheChange = (event: { event: string; data: unknown }) =>
    event.event === 'snapshot' && snapshotEventSchema.parse(event.data).changes.some((c) => c.key === String(target.id) && c.to === next);
  const [seenA, seenB] = await Promise.all(clients.map((client) => client.next(isTheChange)));
  expect(seenA?.data).toEqual(seenB?.data);
  expect(await servedVersion(a)).toBe(await servedVersion(b));

  // The poller dies; the other takes over within two intervals and goes on reading.
  const readsBefore = follower.app.consoleMirror?.upstreamReads ?? 0;
  // The follower tries the lock on its ticks (within two intervals by design); the wait is a hang detector.
  await stopInstance(poller);
  await vi.waitFor(() => expect(follower.app.consoleMirror?.isPoller).toBe(true), { timeout: 60_000, interval: 50 });
  await vi.waitFor(() => expect(follower.app.consoleMirror?.upstreamReads).toBeGreaterThan(readsBefore), { timeout: 60_000, interval: 50 });

  // The Live Platform goes down: the last snapshot is still served, with its age and the reason.
  const lastVersion = await servedVersion(follower);
  expect((await simControl(sim, 'POST', '/__sim/faults', { route: 'GET /api/v3/customer', status: 503 })).status).toBe(200);
  const followerClient = clients[poller === a ? 1 : 0] as SseClient;
  const staleEvent = await followerClient.next((event) => event.event === 'state' && (event.data as { stale: unknown }).stale !== null);
  expect(staleEvent.data).toMatchObject({ version: lastVersion, stale: { reason: 'customers list: the Live Platform answered 503' } });
  const stale = consoleServicesSchema.parse(JSON.parse(await getText(follower.origin, '/api/console/services')));
  expect(stale.meta.version).toBe(lastVersion);
  expect(stale.meta.stale?.reason).toBe('customers list: the Live Platform answered 503');
  expect(stale.rows.length).toBeGreaterThan(0);
  await simControl(sim, 'DELETE', '/__sim/faults');

  // Nothing of the secret or of a token in any answer, event or log line.
  const everything = [...bodies, ...clients.flatMap((client) => client.events.map((event) => JSON.stringify(event.data))), ...instances.map((i) => i.logs.text())].join('\n');
  expect(everything).not.toContain(TEST_SECRET);
  expect(everything).not.toMatch(/Bearer\s+\S/);
});
