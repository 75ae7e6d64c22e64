// @vitest-environment node
import { setupServer } from 'msw/node';
import { fixtures } from '../fixtures';
import { createHandlers } from '../handlers';
import { createStore, type SimStore } from '../store';
import { EXAMPLE_CUSTOMER_GUID, EXAMPLE_SITE_ID } from '../sites';

const BASE = 'http://sim.test';
let store: SimStore;
const server = setupServer(...createHandlers(() => store));

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => {
  store = createStore({ now: new Date('2026-11-01T00:00:00Z') });
});
afterAll(() => server.close());

async function get(path: string) {
  const response = await fetch(`${BASE}${path}`);
  return { status: response.status, json: (await response.json()) as unknown };
}

describe('SIP connection reads', () => {
  it('serves the vendor example verbatim for its site, integer states and clear-text password included', async () => {
    const { status, json } = await get(`/api/v2/sitelocation/${EXAMPLE_SITE_ID}`);
    expect(status).toBe(200);
    expect(json).toEqual(fixtures.siteLocation);
  });

  it('derives any other site from its summary, with integer states and a password variable', async () => {
    const customers = (await get('/api/v3/customer?allDetails=true')).json as Array<{ SiteLocation: Array<{ id: string; sbcId: number }> }>;
    expect(customers).toHaveLength(35);
    const site = customers.flatMap((c) => c.SiteLocation)[0];
    if (!site) throw new Error('the documented customers have no SIP connection');
    const { status, json } = await get(`/api/v2/sitelocation/${site.id}`);
    expect(status).toBe(200);
    expect(json).toMatchObject({
      sbcDeploymentState: expect.any(Number) as number,
      sbcInfo: { sbcId: site.sbcId, sbcConfigurationType: expect.any(Number) as number, sbcScripts: { customerVariables: { CarrierUserPassword: expect.any(String) as string } } },
    });
  });

  it('answers 404 for an unknown site, and for a dial plan of another customer or an undocumented plan', async () => {
    expect((await get('/api/v2/sitelocation/00000000-0000-0000-0000-000000000000')).status).toBe(404);
    expect((await get(`/api/v2/customer/0ad77c8d-c023-4054-ac4e-07d02b4b07a6/sitelocation/${EXAMPLE_SITE_ID}/dialplan/CustDialPlan`)).status).toBe(404);
    expect((await get(`/api/v2/customer/${EXAMPLE_CUSTOMER_GUID}/sitelocation/${EXAMPLE_SITE_ID}/dialplan/Other`)).status).toBe(404);
  });

  it('serves the dial plan with the vendor example rule first', async () => {
    const { status, json } = await get(`/api/v2/customer/${EXAMPLE_CUSTOMER_GUID}/sitelocation/${EXAMPLE_SITE_ID}/dialplan/CustDialPlan`);
    expect(status).toBe(200);
    const plan = json as { dialPlanId: string; ruleDTO: unknown[] };
    expect(plan.dialPlanId).toBe('CustDialPlan');
    expect(plan.ruleDTO[0]).toEqual(fixtures.dialPlan.ruleDTO[0]);
    expect(plan.ruleDTO.length).toBeGreaterThan(1);
  });

  it('filters script templates by scriptType, keeping the pairs', async () => {
    const sbc = (await get('/api/v2/scripttemplates?scriptType=SBC&allDetails=true')).json as Array<{ id: number }>;
    expect(sbc.map((t) => t.id)).toEqual([5000, 5001, 7, 700, 8, 800]);
    const all = (await get('/api/v2/scripttemplates?scriptType=Any')).json as unknown[];
    expect(all).toHaveLength(8);
  });

  it('serves the calling profiles example', async () => {
    const { json } = await get('/api/v2/oc/callingprofile');
    expect((json as unknown[])[0]).toEqual(fixtures.callingProfiles[0]);
  });

  it('remembers the scripts and variables of a SIP connection the create call made', async () => {
    const created = store.createEssentialsCustomer({
      shortName: 'Scripted1', siteLocation: { sbcId: 8, sbcOnboardingScript: 8, sbcCleanupScript: 800 }, ovocCustomerType: 'IPGROUP_TYPE',
      msTenantId: '4bf50a33-a383-4d3f-9403-220c898bc1b2', scriptParameters: { CacProfile: '20 sessions', CarrierUserPassword: 'pw', 'CustomVar.Variable1': 'a' },
    });
    const { json } = await get(`/api/v2/sitelocation/${String(created.siteLocationIds[0])}`);
    expect(json).toMatchObject({ sbcInfo: { cacProfile: '20 sessions', sbcScripts: { onboardingScript: 8, cleanupScript: 800, customerVariables: { CarrierUserPassword: 'pw', 'CustomVar.Variable1': 'a' } } } });
  });
});
