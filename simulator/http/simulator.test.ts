// @vitest-environment node
import { startSimulator, type RunningSimulator } from './simulator';

const SECRET = 'sim-test-secret~X1';
let sim: RunningSimulator;

beforeAll(async () => {
  sim = await startSimulator({ port: 0, env: { SIM_CLIENT_ID: 'cid', SIM_CLIENT_SECRET: SECRET, SIM_TOKEN_TTL_S: '120' } });
});
afterAll(() => sim.close());
beforeEach(async () => {
  await control('POST', '/__sim/reset');
});

function control(method: string, path: string, body?: unknown): Promise<Response> {
  return fetch(`${sim.url}${path}`, { method, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
}

function tokenRequest(form: Record<string, string>, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${sim.url}/oauth2/v2.0/token`, {
    method: 'POST',
    body: new URLSearchParams(form),
    headers,
  });
}

const goodForm = { grant_type: 'client_credentials', client_id: 'cid', client_secret: SECRET, scope: 'api://x/.default' };

async function token(): Promise<string> {
  const body = (await (await tokenRequest(goodForm)).json()) as { access_token: string };
  return body.access_token;
}

const api = (path: string, bearer?: string, init: RequestInit = {}) =>
  fetch(`${sim.url}${path}`, { ...init, headers: { ...(bearer ? { authorization: `Bearer ${bearer}` } : {}), ...(init.headers ?? {}) } });

describe('token endpoint', () => {
  it('issues an opaque bearer token as Entra does', async () => {
    const response = await tokenRequest(goodForm);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await response.json()).toEqual({ token_type: 'Bearer', expires_in: 120, ext_expires_in: 120, access_token: expect.stringMatching(/^[\w-]{40,}$/) });
  });

  it('accepts HTTP Basic client authentication', async () => {
    const basic = Buffer.from(`cid:${encodeURIComponent(SECRET)}`).toString('base64');
    const response = await tokenRequest({ grant_type: 'client_credentials', scope: 'api://x/.default' }, { authorization: `Basic ${basic}` });
    expect(response.status).toBe(200);
  });

  it.each([
    [{ ...goodForm, client_secret: 'wrong' }, 401, 'invalid_client'],
    [{ ...goodForm, client_id: 'someone-else' }, 400, 'invalid_client'],
    [{ ...goodForm, grant_type: 'password' }, 400, 'unsupported_grant_type'],
    [{ ...goodForm, scope: 'api://x/read' }, 400, 'invalid_scope'],
    [{ client_id: 'cid', client_secret: SECRET }, 400, 'invalid_request'],
  ])('refuses %j with %i %s, never echoing the secret', async (form, status, error) => {
    const response = await tokenRequest(form);
    expect(response.status).toBe(status);
    const text = await response.text();
    expect(JSON.parse(text)).toMatchObject({ error, error_description: expect.stringMatching(/^AADSTS\d+: /), error_codes: [expect.any(Number)] });
    expect(text).not.toContain(SECRET);
  });

  it('can be broken for fault tests', async () => {
    await control('POST', '/__sim/token-endpoint', { mode: 'fail' });
    expect((await tokenRequest(goodForm)).status).toBe(503);
    await control('POST', '/__sim/token-endpoint', { mode: 'garbage' });
    const garbage = await tokenRequest(goodForm);
    expect(garbage.headers.get('content-type')).toBe('text/html');
    await control('POST', '/__sim/token-endpoint', { mode: 'ok' });
    expect((await tokenRequest(goodForm)).status).toBe(200);
  });
});

describe('/api', () => {
  it('requires a valid bearer token', async () => {
    for (const bearer of [undefined, 'not-a-token']) {
      const response = await api('/api/v3/customer', bearer);
      expect(response.status).toBe(401);
      expect(response.headers.get('www-authenticate')).toBe('Bearer error="invalid_token"');
      expect(await response.json()).toEqual({ type: expect.any(String), title: 'Unauthorized', status: 401, traceId: expect.any(String) });
    }
  });

  it('answers from the store with a valid token, also behind a base path', async () => {
    const bearer = await token();
    expect(await (await api('/api/v3/customer', bearer)).json()).toHaveLength(35);
    expect(await (await api('/tenantui/api/v3/customer', bearer)).json()).toHaveLength(35);
  });

  it('answers unknown paths with 404 JSON', async () => {
    const bearer = await token();
    for (const path of ['/api/v9/nothing', '/elsewhere']) {
      const response = await api(path, bearer);
      expect(response.status).toBe(404);
      expect(await response.json()).toEqual({ title: 'Not Found', status: 404 });
    }
  });
});

describe('control API', () => {
  it('forces faults for a number of calls and clears them', async () => {
    const bearer = await token();
    const set = await control('POST', '/__sim/faults', { route: 'GET /api/v3/customer', status: 503, times: 1 });
    expect(await set.json()).toEqual({ faults: [{ route: 'GET /api/v3/customer', status: 503, times: 1 }] });
    expect((await api('/api/v3/customer', bearer)).status).toBe(503);
    expect((await api('/api/v3/customer', bearer)).status).toBe(200);
    await control('POST', '/__sim/faults', { route: 'GET /api/v3/customer', status: 500 });
    await control('DELETE', '/__sim/faults');
    expect((await api('/api/v3/customer', bearer)).status).toBe(200);
  });

  it('rejects a fault for an unknown route with a helpful 400', async () => {
    const response = await control('POST', '/__sim/faults', { route: 'GET /api/v1/nope', status: 500 });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { detail: string }).detail).toContain('GET /api/v3/customer');
  });

  it('revokes every issued token', async () => {
    const bearer = await token();
    await control('POST', '/__sim/tokens/revoke');
    expect((await api('/api/v3/customer', bearer)).status).toBe(401);
  });

  it('logs what it received without credentials', async () => {
    const bearer = await token();
    await api('/api/v2/customer', bearer, { method: 'POST', body: '{"shortName":"Abc"}', headers: { 'content-type': 'application/json', cookie: 'a=1' } });
    const { requests } = (await (await control('GET', '/__sim/requests')).json()) as { requests: Array<Record<string, unknown>> };
    expect(requests.map((r) => r.path)).toEqual(['/oauth2/v2.0/token', '/api/v2/customer']);
    expect(requests[1]).toMatchObject({ method: 'POST', body: '{"shortName":"Abc"}', authorization: true, headerNames: expect.arrayContaining(['cookie']) });
    const text = JSON.stringify(requests);
    expect(text).not.toContain(bearer);
    expect(text).not.toContain(SECRET);
  });

  it('keeps only the last 200 requests', async () => {
    await Promise.all(Array.from({ length: 210 }, (_, i) => api(`/api/v3/customer?n=${i}`)));
    const { requests } = (await (await control('GET', '/__sim/requests')).json()) as { requests: unknown[] };
    expect(requests).toHaveLength(200);
  });

  it('counts tokens and calls, and reset restores the data but keeps tokens valid', async () => {
    const bearer = await token();
    const [first] = (await (await api('/api/v3/customer', bearer)).json()) as Array<{ UmpCustomerGuid: string }>;
    await api(`/api/v2/customer/${first?.UmpCustomerGuid}`, bearer, { method: 'DELETE' });
    expect(await (await control('GET', '/__sim/stats')).json()).toMatchObject({ tokensIssued: 1, apiRequests: 2, customers: 34 });
    await control('POST', '/__sim/reset');
    expect(await (await control('GET', '/__sim/stats')).json()).toMatchObject({ tokensIssued: 0, apiRequests: 0, customers: 35 });
    expect((await api('/api/v3/customer', bearer)).status).toBe(200);
  });

  it('adds latency to /api answers', async () => {
    const bearer = await token();
    await control('POST', '/__sim/latency', { ms: 300 });
    const started = Date.now();
    await api('/api/v3/customer', bearer);
    expect(Date.now() - started).toBeGreaterThanOrEqual(290);
  });

  it('answers unknown control routes and bad bodies clearly', async () => {
    expect((await control('POST', '/__sim/nothing')).status).toBe(404);
    expect((await control('POST', '/__sim/token-endpoint', { mode: 'sometimes' })).status).toBe(400);
    expect((await fetch(`${sim.url}/__sim/latency`, { method: 'POST', body: 'not json' })).status).toBe(400);
  });
});

describe('simulator configuration', () => {
  it('has local defaults and names a bad variable in one line', async () => {
    const { simulatorConfigFromEnv } = await import('./config');
    expect(simulatorConfigFromEnv({})).toEqual({ port: 4010, host: '127.0.0.1', clientId: 'console-local', clientSecret: 'local-simulator-secret', tokenTtlS: 3600 });
    expect(() => simulatorConfigFromEnv({ SIM_PORT: 'x' })).toThrow(/^SIM_PORT must be a whole number$/);
    expect(() => simulatorConfigFromEnv({ SIM_TOKEN_TTL_S: '0' })).toThrow(/^SIM_TOKEN_TTL_S must be from 1 to 86400$/);
  });
});
