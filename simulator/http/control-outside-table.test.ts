// @vitest-environment node
import { startSimulator, type RunningSimulator } from './simulator';

/** /__sim/outside-table: what the simulator received at /api that is no call of the console's table. */

let sim: RunningSimulator;

beforeAll(async () => {
  sim = await startSimulator({ port: 0, env: { SIM_CLIENT_ID: 'cid', SIM_CLIENT_SECRET: 'sim-secret' } });
});
afterAll(() => sim.close());

const report = async () => (await (await fetch(`${sim.url}/__sim/outside-table`)).json()) as { count: number; requests: Array<{ method: string; path: string }> };

describe('/__sim/outside-table', () => {
  it('records calls outside the table (with or without a token), keeps them across a reset, and clears on DELETE', async () => {
    await fetch(`${sim.url}/api/v3/customer`);
    await fetch(`${sim.url}/tenantui/api/v3/customer`);
    expect(await report()).toEqual({ count: 0, requests: [] });

    await fetch(`${sim.url}/api/ovoc/v1/topology/services/17`, { method: 'DELETE' });
    await fetch(`${sim.url}/tenantui/api/v3/customer?debug=1`);
    await fetch(`${sim.url}/__sim/reset`, { method: 'POST' });
    const seen = await report();
    expect(seen.count).toBe(2);
    expect(seen.requests.map((r) => `${r.method} ${r.path}`)).toEqual(['DELETE /api/ovoc/v1/topology/services/17', 'GET /tenantui/api/v3/customer?debug=1']);

    expect((await fetch(`${sim.url}/__sim/outside-table`, { method: 'DELETE' })).status).toBe(204);
    expect(await report()).toEqual({ count: 0, requests: [] });
  });
});
