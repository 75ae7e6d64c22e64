// @vitest-environment node
import type { RunningSimulator } from '../../simulator/http/simulator';
import { closedPort, simControl, startTestSimulator, TEST_CLIENT_ID, TEST_SECRET } from '../testing/harness';
import { createTokenProvider, TokenError, type TokenProviderOptions } from './token';

let sim: RunningSimulator;

beforeAll(async () => {
  sim = await startTestSimulator(0, { SIM_TOKEN_TTL_S: '3600' });
});
afterAll(() => sim.close());
beforeEach(async () => {
  await simControl(sim, 'POST', '/__sim/reset');
});

function provider(overrides: Partial<TokenProviderOptions> = {}) {
  return createTokenProvider({
    upstream: {
      tokenUrl: new URL(`${sim.url}/oauth2/v2.0/token`),
      clientId: TEST_CLIENT_ID,
      clientSecret: TEST_SECRET,
      scope: 'api://9d576dc4-b85d-4571-880e-4c6ed4c08c31/.default',
    },
    timeoutMs: 5000,
    ...overrides,
  });
}

const issued = () => sim.state.tokens.issuedCount;

async function tokenFailure(promise: Promise<string>): Promise<TokenError> {
  const error: unknown = await promise.then(
    () => null,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(TokenError);
  const tokenError = error as TokenError;
  expect(tokenError.detail).not.toContain(TEST_SECRET);
  expect(tokenError.message).not.toContain(TEST_SECRET);
  return tokenError;
}

describe('token provider (client credentials against the simulator)', () => {
  it('gets a token the simulator accepts', async () => {
    const token = await provider().getToken();
    expect(sim.state.tokens.isValid(token)).toBe(true);
  });

  it('makes one token request for 50 concurrent callers', async () => {
    const tokens = provider();
    const results = await Promise.all(Array.from({ length: 50 }, () => tokens.getToken()));
    expect(new Set(results).size).toBe(1);
    expect(issued()).toBe(1);
  });

  it('reuses the token until 60 s before expiry, then refreshes', async () => {
    let now = 1_000_000;
    const tokens = provider({ now: () => now });
    const first = await tokens.getToken();
    now += (3600 - 61) * 1000;
    expect(await tokens.getToken()).toBe(first);
    expect(issued()).toBe(1);
    now += 2000;
    const second = await tokens.getToken();
    expect(second).not.toBe(first);
    expect(issued()).toBe(2);
  });

  it('refreshes short-lived tokens at half their lifetime', async () => {
    const shortSim = await startTestSimulator(0, { SIM_TOKEN_TTL_S: '100' });
    try {
      let now = 0;
      const tokens = createTokenProvider({
        upstream: { tokenUrl: new URL(`${shortSim.url}/oauth2/v2.0/token`), clientId: TEST_CLIENT_ID, clientSecret: TEST_SECRET, scope: 'x/.default' },
        timeoutMs: 5000,
        now: () => now,
      });
      const first = await tokens.getToken();
      now = 49_000;
      expect(await tokens.getToken()).toBe(first);
      now = 51_000;
      expect(await tokens.getToken()).not.toBe(first);
    } finally {
      await shortSim.close();
    }
  });

  it('invalidate(refused) drops that token only, never a newer one', async () => {
    const tokens = provider();
    const first = await tokens.getToken();
    tokens.invalidate(first);
    const second = await tokens.getToken();
    expect(second).not.toBe(first);
    tokens.invalidate(first);
    expect(await tokens.getToken()).toBe(second);
    expect(issued()).toBe(2);
  });

  it('a failed request is not cached: the next caller tries again', async () => {
    const tokens = provider();
    await simControl(sim, 'POST', '/__sim/token-endpoint', { mode: 'fail' });
    const error = await tokenFailure(tokens.getToken());
    expect(error.detail).toBe('the token endpoint answered 503');
    await simControl(sim, 'POST', '/__sim/token-endpoint', { mode: 'ok' });
    await expect(tokens.getToken()).resolves.toEqual(expect.any(String));
  });

  it('explains a garbage answer clearly', async () => {
    await simControl(sim, 'POST', '/__sim/token-endpoint', { mode: 'garbage' });
    const error = await tokenFailure(provider().getToken());
    expect(error.detail).toBe('the token endpoint answered 200 with text/html instead of a JSON token response');
  });

  it('reports a wrong secret with Entra\'s reason and without any secret', async () => {
    const error = await tokenFailure(
      createTokenProvider({
        upstream: { tokenUrl: new URL(`${sim.url}/oauth2/v2.0/token`), clientId: TEST_CLIENT_ID, clientSecret: 'wrong-secret-value', scope: 'x/.default' },
        timeoutMs: 5000,
      }).getToken(),
    );
    expect(error.detail).toMatch(/^the token endpoint answered 401 invalid_client: AADSTS7000215: Invalid client secret provided/);
    expect(error.detail).not.toContain('wrong-secret-value');
    expect(error.detail).not.toContain('Trace ID');
  });

  it('reports an unreachable token endpoint', async () => {
    const tokens = createTokenProvider({
      upstream: { tokenUrl: new URL(`http://127.0.0.1:${await closedPort()}/oauth2/v2.0/token`), clientId: 'c', clientSecret: TEST_SECRET, scope: 'x/.default' },
      timeoutMs: 5000,
    });
    expect((await tokenFailure(tokens.getToken())).detail).toBe('the token endpoint could not be reached');
  });

  it('gives up on a token endpoint that does not answer', async () => {
    const tokens = provider({
      timeoutMs: 100,
      // Never answers; only the timeout's abort signal ends the wait.
      fetch: (_url, init) =>
        new Promise((_resolve, reject) => {
          init.signal?.addEventListener('abort', () => reject(init.signal?.reason));
        }),
    });
    expect((await tokenFailure(tokens.getToken())).detail).toBe('the token endpoint did not answer in time');
  });

  it('sends the documented scope and authenticates with client_secret_post', async () => {
    await provider().getToken();
    const [call] = sim.state.log.list();
    expect(call?.path).toBe('/oauth2/v2.0/token');
    const form = new URLSearchParams(call?.body);
    expect(form.get('grant_type')).toBe('client_credentials');
    expect(form.get('client_id')).toBe(TEST_CLIENT_ID);
    expect(form.get('scope')).toBe('api://9d576dc4-b85d-4571-880e-4c6ed4c08c31/.default');
    expect(form.get('client_secret')).toBe('***');
  });
});
