// @vitest-environment node
import { startSimulator, type RunningSimulator } from './simulator';

/** GET /__sim/tokens/last: what leak tests search responses and logs for. */

const SECRET = 'sim-test-secret~tokens';
let sim: RunningSimulator;

beforeAll(async () => {
  sim = await startSimulator({ port: 0, env: { SIM_CLIENT_ID: 'cid', SIM_CLIENT_SECRET: SECRET } });
});
afterAll(() => sim.close());

async function issue(): Promise<string> {
  const response = await fetch(`${sim.url}/oauth2/v2.0/token`, {
    method: 'POST',
    body: new URLSearchParams({ grant_type: 'client_credentials', client_id: 'cid', client_secret: SECRET, scope: 'api://x/.default' }),
  });
  return ((await response.json()) as { access_token: string }).access_token;
}

const last = async () => (await (await fetch(`${sim.url}/__sim/tokens/last`)).json()) as { token: string | null; issued: number };

describe('GET /__sim/tokens/last', () => {
  it('is null before any token, then always the newest, even after a revoke', async () => {
    expect(await last()).toEqual({ token: null, issued: 0 });
    await issue();
    const second = await issue();
    expect(await last()).toEqual({ token: second, issued: 2 });
    await fetch(`${sim.url}/__sim/tokens/revoke`, { method: 'POST' });
    expect((await last()).token).toBe(second);
  });
});
