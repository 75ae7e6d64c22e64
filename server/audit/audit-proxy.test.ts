// @vitest-environment node
import type { FastifyInstance } from 'fastify';
import { createCustomerRequestExample } from '../../simulator/fixtures';
import type { RunningSimulator } from '../../simulator/http/simulator';
import { loadConfig } from '../config';
import { buildServer } from '../http/app';
import { buildLiveConsole, simControl, startTestSimulator } from '../testing/harness';
import { createMemoryAuditLog } from './memory-audit-log';

/** What the proxy writes to the audit trail: every change with its outcome, and refusals. */

let sim: RunningSimulator;
let app: FastifyInstance;
const audit = createMemoryAuditLog();

beforeAll(async () => {
  sim = await startTestSimulator();
  ({ app } = await buildLiveConsole(sim.url, { LOG_LEVEL: 'silent', UPSTREAM_TIMEOUT_MS: '300' }, { audit }));
});
afterAll(async () => {
  await app.close();
  await sim.close();
});
beforeEach(async () => {
  await simControl(sim, 'POST', '/__sim/reset');
  audit.entries.length = 0;
});

const same = { 'sec-fetch-site': 'same-origin' };
const body = { ...createCustomerRequestExample, shortName: 'AuditCo1' };
const create = () => app.inject({ method: 'POST', url: '/api/v2/customer', headers: { ...same, 'content-type': 'application/json' }, payload: JSON.stringify(body) });
/** The entry is appended as the answer goes out. */
const settled = async () => {
  await audit.append({ ...(audit.entries.at(-1) ?? ({} as never)) }).catch(() => undefined);
  audit.entries.pop();
};

describe('audit entries from the proxy', () => {
  it('a create: who, what, the short name, a summary, the outcome and the request id', async () => {
    const answer = await create();
    expect(answer.statusCode).toBe(200);
    await settled();
    const [entry] = await audit.list();
    expect(entry).toMatchObject({ action: 'create', method: 'POST', resource: '/api/v2/customer', shortName: 'AuditCo1', actor: { name: 'Local operator', role: 'admin' }, outcome: { status: 200, ok: true } });
    expect(entry?.requestId).toMatch(/\S/);
    expect(entry?.summary).toMatchObject({ shortName: 'AuditCo1' });
  });

  it('a failed create and a create that timed out are written with their outcome', async () => {
    await simControl(sim, 'POST', '/__sim/faults', { route: 'POST /api/v2/customer', status: 500, times: 1 });
    expect((await create()).statusCode).toBe(500);
    await simControl(sim, 'POST', '/__sim/faults', { route: 'POST /api/v2/customer', delayMs: 2000, times: 1 });
    expect((await create()).statusCode).toBe(504);
    await settled();
    const entries = await audit.list();
    expect(entries.map((entry) => [entry.outcome.status, entry.outcome.ok, entry.outcome.note])).toEqual([
      [504, false, 'timeout'],
      [500, false, null],
    ]);
    // The Live Platform's problem body names its ticket and trace; both are kept with the outcome.
    expect(entries[1]?.outcome).toMatchObject({ errorTicket: expect.stringMatching(/\S/), traceId: expect.stringMatching(/\S/) });
  });

  it('a delete names the guid; the chain verifies', async () => {
    const guid = sim.state.store.listCustomers()[0]?.umpCustomerGuid ?? '';
    expect((await app.inject({ method: 'DELETE', url: `/api/v2/customer/${guid}`, headers: same })).statusCode).toBe(200);
    await settled();
    expect(await audit.list()).toMatchObject([{ action: 'delete', guid, outcome: { ok: true } }]);
    expect(await audit.verify()).toEqual({ ok: true, checked: 1 });
  });

  it('a forged DELETE by a viewer is refused and audited as refused', async () => {
    const log = createMemoryAuditLog();
    const demo = await buildServer(loadConfig({ DIST_DIR: '/nonexistent-dist-for-tests', LOG_LEVEL: 'silent' }), { audit: log });
    const answer = await demo.inject({ method: 'DELETE', url: '/api/v2/customer/a2a3f4c1-38a9-4709-a1be-0c99d02dd5a2', headers: { ...same, cookie: 'console-demo-role=viewer' } });
    expect(answer.statusCode).toBe(403);
    await demo.close();
    expect(await log.list()).toMatchObject([{ action: 'refused', method: 'DELETE', actor: { role: 'viewer' }, outcome: { status: 403, ok: false, note: 'forbidden' } }]);
  });

  it('the trail is for administrators only', async () => {
    const demo = await buildServer(loadConfig({ DIST_DIR: '/nonexistent-dist-for-tests', LOG_LEVEL: 'silent' }));
    const asViewer = await demo.inject({ url: '/api/console/audit', headers: { cookie: 'console-demo-role=onboarding' } });
    expect(asViewer.statusCode).toBe(403);
    expect(asViewer.json()).toMatchObject({ requiredRole: 'admin' });
    // The refusal itself is on the trail.
    const entries = (await demo.inject('/api/console/audit')).json<{ entries: unknown[] }>().entries;
    expect(entries).toMatchObject([{ action: 'refused', method: 'GET', resource: '/api/console/audit', actor: { role: 'onboarding' }, outcome: { status: 403 } }]);
    expect((await demo.inject('/api/console/audit/verify')).json()).toEqual({ ok: true, checked: 1 });
    await demo.close();
  });
});
