// @vitest-environment node
import { startSimulator, type RunningSimulator } from './simulator';

const SECRET = 'sim-test-secret~ovoc';
let sim: RunningSimulator;

beforeAll(async () => {
  sim = await startSimulator({ port: 0, env: { SIM_CLIENT_ID: 'cid', SIM_CLIENT_SECRET: SECRET } });
});
afterAll(() => sim.close());

const control = (path: string, body?: unknown) =>
  fetch(`${sim.url}${path}`, { method: 'POST', ...(body === undefined ? {} : { body: JSON.stringify(body) }) });

async function serviceStatus(id: number): Promise<unknown> {
  const tokenResponse = await fetch(`${sim.url}/oauth2/v2.0/token`, {
    method: 'POST',
    body: new URLSearchParams({ grant_type: 'client_credentials', client_id: 'cid', client_secret: SECRET, scope: 'api://x/.default' }),
  });
  const { access_token: token } = (await tokenResponse.json()) as { access_token: string };
  const response = await fetch(`${sim.url}/api/ovoc/v1/topology/services/${id}`, { headers: { authorization: `Bearer ${token}` } });
  return ((await response.json()) as { status: unknown }).status;
}

describe('POST /__sim/ovoc/services/:id/status', () => {
  it("changes a service's status until the next reset, any word accepted", async () => {
    expect(await serviceStatus(53904)).toBe('OK');
    expect((await control('/__sim/ovoc/services/53904/status', { status: 'DEGRADED' })).status).toBe(204);
    expect(await serviceStatus(53904)).toBe('DEGRADED');
    expect((await control('/__sim/reset')).status).toBe(204);
    expect(await serviceStatus(53904)).toBe('OK');
  });

  it('answers 404 for an unknown service and 400 for a bad body', async () => {
    expect((await control('/__sim/ovoc/services/1/status', { status: 'ERROR' })).status).toBe(404);
    expect((await control('/__sim/ovoc/services/53904/status', { status: '' })).status).toBe(400);
    expect((await control('/__sim/ovoc/services/53904/status', 'not json')).status).toBe(400);
  });
});

describe('POST /__sim/ovoc-status/flip', () => {
  it('changes one OVOC service to another status word now', async () => {
    const response = await control('/__sim/ovoc-status/flip');
    expect(response.status).toBe(200);
    const flip = (await response.json()) as { id: number; from: string | null; to: string };
    expect(flip.to).not.toBe(flip.from);
    expect(['OK', 'WARNING', 'ERROR']).toContain(flip.to);
    expect(await serviceStatus(flip.id)).toBe(flip.to);
  });
});
