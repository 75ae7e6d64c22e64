// @vitest-environment node
import type { FastifyInstance } from 'fastify';
import type { RunningSimulator } from '../../simulator/http/simulator';
import { EXAMPLE_SITE_ID } from '../../simulator/sites';
import { buildLiveConsole, simControl, startTestSimulator, type CapturedLogs } from '../testing/harness';

/** The SIP connection reads and the wizard's suggestions, in live mode against the HTTP simulator. */

const CARRIER_PASSWORD = 'Site2#%00500';
let sim: RunningSimulator;
let app: FastifyInstance;
let logs: CapturedLogs;
const bodies: string[] = [];

async function call(method: 'GET' | 'POST' | 'PUT', url: string) {
  const response = await app.inject({ method, url });
  bodies.push(response.body);
  return response;
}

beforeAll(async () => {
  sim = await startTestSimulator();
  ({ app, logs } = await buildLiveConsole(sim.url));
});
afterAll(async () => {
  await app.close();
  await sim.close();
});

describe('SIP connection reads through the console server', () => {
  it('suggests no SBC, and says why, while the customer list cannot be read', async () => {
    await simControl(sim, 'POST', '/__sim/faults', { route: 'GET /api/v3/customer', status: 500, times: 1 });
    const response = await call('GET', '/api/console/onboarding/suggestions');
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ sbcs: [], sitesReadAt: null });
    expect(JSON.stringify(response.json())).toContain('could not be read, so no SBC is suggested');
  });

  it('forwards the SIP connection with the carrier password replaced by "set"', async () => {
    const response = await call('GET', `/api/v2/sitelocation/${EXAMPLE_SITE_ID}`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toBe('no-store');
    const body = response.json<{ sbcInfo: { cacProfile: string; sbcScripts: { customerVariables: Record<string, unknown> } } }>();
    expect(body.sbcInfo.sbcScripts.customerVariables).toEqual({
      CarrierUserPassword: { redacted: true, set: true },
      CarierMailLine: 'Site2MainLine123',
      'CustomVar.Variable1': 'variable4',
    });
    expect(body.sbcInfo.cacProfile).toBe('10 sessions');
    // The simulator's Bearer check let the call through: the console sent its token.
    expect(sim.state.log.list().some((entry) => entry.path === `/api/v2/sitelocation/${EXAMPLE_SITE_ID}` && entry.authorization)).toBe(true);
  });

  it('allows the new reads for GET only', async () => {
    expect((await call('GET', '/api/v2/scripttemplates?scriptType=SBC&allDetails=true')).statusCode).toBe(200);
    expect((await call('GET', '/api/v2/oc/callingprofile')).statusCode).toBe(200);
    expect((await call('POST', `/api/v2/sitelocation/${EXAMPLE_SITE_ID}`)).statusCode).toBe(405);
    expect((await call('PUT', '/api/v2/scripttemplates')).statusCode).toBe(405);
    expect((await call('GET', '/api/v2/sitelocation')).statusCode).toBe(404);
    expect((await call('GET', '/api/v2/oc/callingprofile/1')).statusCode).toBe(404);
  });

  it('suggests the SBCs in use with their connection counts, and the CAC profiles and channel ids seen', async () => {
    await call('PUT', '/api/ovoc/v1/topology/customers/85844');
    const response = await call('GET', '/api/console/onboarding/suggestions');
    const body = response.json<{ sbcs: Array<{ sbcId: number; connections: number }>; cacProfiles: string[]; channelIds: string[]; sitesReadAt: string | null }>();
    expect(body.sbcs.length).toBeGreaterThan(0);
    const total = body.sbcs.reduce((sum, sbc) => sum + sbc.connections, 0);
    const customers = (await call('GET', '/api/v3/customer?allDetails=true')).json<Array<{ SiteLocation: unknown[] }>>();
    expect(total).toBe(customers.reduce((sum, c) => sum + c.SiteLocation.length, 0));
    expect(body.cacProfiles).toContain('10 sessions');
    expect(body.channelIds.length).toBe(1);
    expect(body.sitesReadAt).not.toBeNull();
  });

  it('never lets the carrier password out: no answer and no log line holds it', () => {
    expect(bodies.join('\n')).not.toContain(CARRIER_PASSWORD);
    expect(logs.text()).not.toContain(CARRIER_PASSWORD);
    expect(logs.text().length).toBeGreaterThan(0);
  });
});
