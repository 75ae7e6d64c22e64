// @vitest-environment node
import { setupServer } from 'msw/node';
import { createHandlers } from './handlers';
import { createStore, simStoreFromEnv, type SimStore } from './store';
import { ROUTES } from './faults';

const BASE = 'http://sim.test';
let store: SimStore;
const server = setupServer(...createHandlers(() => store));

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => {
  store = createStore({ now: new Date('2026-11-01T00:00:00Z') });
});
afterAll(() => server.close());

async function call(method: string, path: string, body?: unknown) {
  const response = await fetch(`${BASE}${path}`, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, json: text ? (JSON.parse(text) as Record<string, unknown>) : null, text };
}

const validCreate = {
  shortName: 'NewTenant1',
  fullName: 'New Tenant One',
  siteLocation: { sbcId: 5, sbcOnboardingScript: 10007, sbcCleanupScript: 10700 },
  ovocCustomerType: 'IPGROUP_TYPE',
  msTenantId: '4bf50a33-a383-4d3f-9403-220c898bc1b2',
  scriptParameters: { CacProfile: '5 sessions', ProxySet: 'SIPTrunk' },
};

describe('UMP customers', () => {
  it('lists the 35 documented customers with the documented PascalCase fields', async () => {
    const { status, json } = await call('GET', '/api/v3/customer');
    expect(status).toBe(200);
    const rows = json as unknown as Array<Record<string, unknown>>;
    expect(rows).toHaveLength(35);
    expect(rows[0]).toEqual({
      UmpCustomerGuid: '0ad77c8d-c023-4054-ac4e-07d02b4b07a6', CustomerShortName: 'royDY', CustomerFullName: 'royDR', LicenseType: 0,
      LicensedUsersCount: null, MsTenantId: null, ActiveUserCount: 0, LiveHubActiveUsersCount: null, LiveHubSimpleUsersCount: null,
    });
  });

  it('serves the details example verbatim, with its 4 SIP connections only when allDetails=true', async () => {
    const guid = 'a2a3f4c1-38a9-4709-a1be-0c99d02dd5a2';
    const full = await call('GET', `/api/v3/customer/${guid}?allDetails=true`);
    expect(full.json?.CustomerShortName).toBe('BradOCDev1');
    expect((full.json?.SiteLocation as unknown[]).map((s) => (s as { sbcId: number }).sbcId)).toEqual([7, 12, 8, 11]);
    expect(full.json?.ClientSecretExpirationDate).toBe('2/18/2027 8:39:26 AM');
    const brief = await call('GET', `/api/v3/customer/${guid}`);
    expect(brief.json).not.toHaveProperty('SiteLocation');
    expect(brief.json?.ApplicationClientSecret).toBe('~-6');
  });

  it('gives every listed customer details consistent with its row, the same on every start', async () => {
    const guid = 'be06b468-f12b-47b6-9d1b-44439e6b1c56'; // BBSuperPro745, Hosted Pro
    const first = await call('GET', `/api/v3/customer/${guid}?allDetails=true`);
    store = createStore({ now: new Date('2026-11-01T00:00:00Z') });
    const again = await call('GET', `/api/v3/customer/${guid}?allDetails=true`);
    expect(again.json).toEqual(first.json);
    expect(first.json).toMatchObject({ CustomerShortName: 'BBSuperPro745', LicenseType: 2, LicensedUsersCount: 50 });
    expect(first.json?.ApplicationClientId).toMatch(/^[0-9a-f-]{36}$/);
    expect(first.json?.ClientSecretExpirationDate).toMatch(/^\d{1,2}\/\d{1,2}\/\d{4} \d{1,2}:\d{2}:\d{2} (AM|PM)$/);
  });

  it('answers 404 with the documented sentence for an unknown guid', async () => {
    const guid = '11111111-2222-4333-8444-555555555555';
    const { status, json } = await call('DELETE', `/api/v2/customer/${guid}`);
    expect(status).toBe(404);
    expect(json?.detail).toBe(`Customer with ${guid} not found`);
  });

  it('deletes a customer: 200, then it is gone from the list and from details', async () => {
    const guid = '0ad77c8d-c023-4054-ac4e-07d02b4b07a6';
    expect((await call('DELETE', `/api/v2/customer/${guid}`)).status).toBe(200);
    const list = (await call('GET', '/api/v3/customer')).json as unknown as unknown[];
    expect(list).toHaveLength(34);
    expect((await call('GET', `/api/v3/customer/${guid}`)).status).toBe(404);
  });
});

describe('create Essentials customer and its task', () => {
  it('creates a Hosted Essentials customer with its site location and answers the documented response', async () => {
    const { status, json } = await call('POST', '/api/v2/customer', validCreate);
    expect(status).toBe(200);
    expect(json).toMatchObject({ customerId: 'NewTenant1', deploymentState: 'Deployed', errorDetails: null });
    expect(json?.progressDetails).toBe(
      '(Information, MsTenantid is valid);(Information, Customer data created!);(Information, SBC sbc-onboarding done for site NewTenant1.);(Information, CreateSiteInOvoc started.);(Information, Site created in Ovoc)',
    );
    const guid = json?.id as string;
    const details = await call('GET', `/api/v3/customer/${guid}?allDetails=true`);
    expect(details.json).toMatchObject({ CustomerShortName: 'NewTenant1', LicenseType: 0, MsTenantId: validCreate.msTenantId });
    expect((details.json?.SiteLocation as Array<{ id: string; sbcId: number }>)[0]).toMatchObject({ id: (json?.siteLocationIds as string[])[0], sbcId: 5 });
    const list = (await call('GET', '/api/v3/customer')).json as unknown as Array<{ CustomerShortName: string }>;
    expect(list.at(-1)?.CustomerShortName).toBe('NewTenant1');

    const first = await call('GET', `/api/v2/task/${guid}`);
    expect(first.json?.status).toBe('InProgress');
    const done = await call('GET', `/api/v2/task/${guid}`);
    expect(done.json?.status).toBe('CompletedSuccess');
    expect(done.json?.completeTime).toEqual(expect.any(String));
  });

  it('refuses a second service with the same short name in the same tenant (any case) with a v3 error body', async () => {
    await call('POST', '/api/v2/customer', validCreate);
    const { status, json } = await call('POST', '/api/v2/customer', { ...validCreate, shortName: 'newtenant1' });
    expect(status).toBe(409);
    expect(json).toMatchObject({ status: 409, title: 'Customer short name already exists', errorCode: 'DuplicateShortName' });
    expect(json?.traceId).toEqual(expect.any(String));
    // Another tenant may use the name.
    const other = await call('POST', '/api/v2/customer', { ...validCreate, msTenantId: '5bf50a33-a383-4d3f-9403-220c898bc1b2' });
    expect(other.status).toBe(200);
  });

  it('reports invalid fields in an ASP.NET validation body', async () => {
    const { status, json } = await call('POST', '/api/v2/customer', { ...validCreate, shortName: 'a.' });
    expect(status).toBe(400);
    expect((json?.errors as Record<string, string[]>).shortName).toEqual(
      expect.arrayContaining(['Short name must be at least 3 characters', 'Short name cannot contain a dot (.)']),
    );
  });

  it('reports a failed deployment for an SBC the platform does not know', async () => {
    const { json } = await call('POST', '/api/v2/customer', { ...validCreate, siteLocation: { ...validCreate.siteLocation, sbcId: 999 } });
    expect(json?.deploymentState).toBe('Failed');
    expect(json?.errorDetails).toContain('SBC 999');
  });
});

describe('OVOC', () => {
  it('lists the documented services first, then one per UMP customer', async () => {
    const { json } = await call('GET', '/api/ovoc/v1/topology/services/');
    const services = (json?.services ?? []) as Array<{ id: number; name: string; umpId?: string | null }>;
    expect(services.slice(0, 6).map((s) => s.name)).toEqual(['customera-dm', 'CarlDMDemo', 'Ami_customer', 'Seraya', 'ZARonaldM', 'ACME Inc.']);
    expect(services).toHaveLength(6 + 35);
    expect(services.filter((s) => s.umpId).length).toBeGreaterThan(20);
  });

  it('verifies the documented customer, and a generated one with its attached services', async () => {
    expect((await call('PUT', '/api/ovoc/v1/topology/customers/85844')).json).toMatchObject({ name: 'Brad984', attachedServices: [97674], status: 'ERROR' });
    const services = ((await call('GET', '/api/ovoc/v1/topology/services')).json?.services ?? []) as Array<{ id: number; lcCustomerId: number }>;
    const generated = services[10];
    const customer = await call('PUT', `/api/ovoc/v1/topology/customers/${generated?.lcCustomerId}`);
    expect(customer.json?.attachedServices).toEqual([generated?.id]);
    expect((await call('PUT', '/api/ovoc/v1/topology/customers/abc')).status).toBe(400);
    expect((await call('PUT', '/api/ovoc/v1/topology/customers/1')).status).toBe(404);
  });
});

describe('test knobs', () => {
  it('forces a documented failure on a chosen route, for a number of calls', async () => {
    store.faults.set(ROUTES.customerDetails, { status: 500, times: 1 });
    const guid = 'be06b468-f12b-47b6-9d1b-44439e6b1c56';
    const failed = await call('GET', `/api/v3/customer/${guid}`);
    expect(failed.status).toBe(500);
    expect(failed.json).toMatchObject({ title: 'Failed to retrieve customer information', status: 500 });
    expect(failed.json?.detail).toMatch(/^ErrorTicket=[0-9a-f-]{36}$/);
    expect((await call('GET', `/api/v3/customer/${guid}`)).status).toBe(200);
  });

  it('reads SIM_CUSTOMERS, SIM_LATENCY_MS and SIM_FAULTS, and refuses bad values with a reason', () => {
    const env = simStoreFromEnv({ SIM_CUSTOMERS: '2000', SIM_LATENCY_MS: '15', SIM_FAULTS: 'GET /api/v3/customer=503x2' });
    const rows = env.store.listCustomers();
    expect(rows).toHaveLength(2000);
    expect(new Set(rows.map((r) => r.umpCustomerGuid)).size).toBe(2000);
    expect(new Set(rows.map((r) => r.customerShortName.toLowerCase())).size).toBe(2000);
    expect(rows.every((r) => r.customerShortName.length >= 3 && r.customerShortName.length <= 15)).toBe(true);
    expect(env.latencyMs).toBe(15);
    expect(env.store.faults.list()).toEqual([{ route: 'GET /api/v3/customer', status: 503, times: 2 }]);
    expect(() => simStoreFromEnv({ SIM_CUSTOMERS: 'lots' })).toThrow('SIM_CUSTOMERS must be a whole number');
    expect(() => simStoreFromEnv({ SIM_FAULTS: 'GET /nowhere=500' })).toThrow('SIM_FAULTS: cannot read');
  });
});
