/**
 * Where one mirror poll's time goes at one size: fetch, JSON.parse, schema parse, join + diff,
 * project, stringify, hash. Each step once, in order, as take-snapshot.ts does them, with its CPU
 * time (process.cpuUsage) so a loaded machine still gives the shares. Needs a simulator at SIM_URL
 * with client console-bench / bench-simulator-secret:
 *   SIM_URL=http://127.0.0.1:4631 npx tsx bench/poll-steps.ts
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { foldKey, isPlainObject, ovocServiceSchema, readRows, serviceBriefSchema } from '../src/api/schemas';
import { encodeHealthRow } from '../src/api/schemas/health-wire';
import { encodeServiceRows } from '../src/api/schemas/services-wire';
import { DEFAULT_SCOPE } from '../server/config';
import { observe, project, serviceKeys } from '../server/mirror/project';
import { CUSTOMERS_PATH, OVOC_SERVICES_PATH } from '../server/mirror/read-lists';
import { StatusBook } from '../server/mirror/status-book';
import { writeSnapshot } from '../server/store/queries';
import { openStore } from '../server/store/store';
import { createTokenProvider } from '../server/upstream/token';
import { createLiveUpstream } from '../server/upstream/upstream-live';
import { CLIENT_ID, CLIENT_SECRET } from './stack';

const simUrl = process.env.SIM_URL ?? 'http://127.0.0.1:4631';
const tokens = createTokenProvider({
  upstream: { tokenUrl: new URL(`${simUrl}/oauth2/v2.0/token`), clientId: CLIENT_ID, clientSecret: CLIENT_SECRET, scope: DEFAULT_SCOPE },
  timeoutMs: 300_000,
});
const upstream = createLiveUpstream({ live: { baseUrl: new URL(simUrl) }, tokens, timeoutMs: 300_000, userAgent: 'console-bench' });

const steps: Array<{ step: string; wallMs: number; cpuMs: number }> = [];
async function timed<T>(step: string, work: () => T | Promise<T>): Promise<T> {
  const wall = performance.now();
  const cpu = process.cpuUsage();
  const result = await work();
  const used = process.cpuUsage(cpu);
  steps.push({ step, wallMs: Math.round(performance.now() - wall), cpuMs: Math.round((used.user + used.system) / 1000) });
  return result;
}

async function body(path: string): Promise<Buffer> {
  const response = await upstream({ method: 'GET', pathAndQuery: path, headers: { accept: 'application/json' }, body: undefined, requestId: 'poll-steps' });
  const chunks: Buffer[] = [];
  for await (const chunk of response.body) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

const rounds = Number(process.env.ROUNDS ?? 2);
// An embedded store in a fresh directory, as `npm run serve` has: round 1 writes every first sighting.
const dataDir = mkdtempSync(join(tmpdir(), 'poll-steps-'));
const store = await openStore({ kind: 'pglite', dataDir });
const book = new StatusBook();
for (let round = 0; round < rounds; round += 1) {
  steps.length = 0;
  const [customersBody, servicesBody] = await timed('fetch both lists (incl. simulator)', () => Promise.all([body(CUSTOMERS_PATH), body(OVOC_SERVICES_PATH)]));
  const customersJson = await timed('JSON.parse customers', () => JSON.parse(customersBody.toString('utf8')) as unknown[]);
  const servicesJson = await timed('JSON.parse OVOC services', () => JSON.parse(servicesBody.toString('utf8')) as unknown);
  const list = isPlainObject(servicesJson) ? (Object.entries(servicesJson).find(([key]) => foldKey(key) === 'services')?.[1] as unknown[]) : [];
  const customers = await timed('schema parse customers', () => readRows(serviceBriefSchema, customersJson).rows);
  const services = await timed('schema parse OVOC services', () => readRows(ovocServiceSchema, list).rows);
  const keys = serviceKeys(services);
  const changes = await timed('keys + observe + diff', () => book.diff(observe(services, keys)));
  const projection = await timed('join + project', () => project({ customers, services }, keys, () => null));
  const servicesObjects = await timed('stringify services rows, objects (before)', () => JSON.stringify(projection.services));
  const servicesText = await timed('encode + stringify services rows (compact)', () => JSON.stringify(encodeServiceRows(projection.services)));
  const healthText = await timed('encode + stringify health rows', () => JSON.stringify(projection.health.map(encodeHealthRow)));
  const contentHash = await timed('sha1 content hash', () => createHash('sha1').update(servicesText).update(healthText).digest('hex'));
  const takenAt = new Date();
  await timed('store write (PGlite)', () =>
    writeSnapshot(store.db, { takenAt, contentHash, services: servicesText, health: healthText, skippedCustomers: 0, skippedOvoc: 0, unreadable: '{}' }, changes),
  );
  book.apply(changes, takenAt);
  const total = steps.reduce((sum, step) => sum + step.cpuMs, 0);
  console.log(`round ${round + 1}: bodies ${(customersBody.length / 1e6).toFixed(1)} + ${(servicesBody.length / 1e6).toFixed(1)} MB; ${customers.length} customers, ${services.length} services, ${changes.length} changes; services ${(servicesObjects.length / 1e6).toFixed(1)} MB as objects, ${(servicesText.length / 1e6).toFixed(1)} MB compact, health ${(healthText.length / 1e6).toFixed(1)} MB`);
  for (const step of steps) console.log(`  ${step.step.padEnd(40)} wall ${String(step.wallMs).padStart(6)} ms  cpu ${String(step.cpuMs).padStart(6)} ms  ${((100 * step.cpuMs) / total).toFixed(0).padStart(3)} % of cpu`);
}
await store.close();
rmSync(dataDir, { recursive: true, force: true });
