// @vitest-environment node
import type { FastifyInstance } from 'fastify';
import { createCustomerRequestExample } from '../../simulator/fixtures';
import type { RunningSimulator } from '../../simulator/http/simulator';
import { loadConfig } from '../config';
import { buildLiveConsole, simControl, startTestSimulator } from '../testing/harness';
import { buildServer } from './app';

/** 429 with Retry-After: state-changing calls per person, sign-in per client address (behind a trusted proxy, the forwarded one). */

let sim: RunningSimulator;
let app: FastifyInstance;

beforeAll(async () => {
  sim = await startTestSimulator();
  ({ app } = await buildLiveConsole(sim.url, { LOG_LEVEL: 'silent', CONSOLE_RATE_CHANGES_PER_MINUTE: '3' }));
});
afterAll(async () => {
  await app.close();
  await sim.close();
});
beforeEach(async () => {
  await simControl(sim, 'POST', '/__sim/reset');
});

const create = () =>
  app.inject({ method: 'POST', url: '/api/v2/customer', headers: { 'content-type': 'application/json', 'sec-fetch-site': 'same-origin' }, payload: JSON.stringify(createCustomerRequestExample) });

describe('rate limits', () => {
  it('answers the 4th change within a minute with 429, Retry-After and when to try again; reads are not counted', async () => {
    for (let i = 0; i < 5; i += 1) expect((await app.inject('/api/v3/customer')).statusCode).toBe(200);
    const answers = [await create(), await create(), await create()];
    expect(answers.map((answer) => answer.statusCode)).not.toContain(429);
    const refused = await create();
    expect(refused.statusCode).toBe(429);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect(refused.json()).toMatchObject({ title: 'Too Many Requests', status: 429, detail: expect.stringMatching(/^Too many changes in a short time\. Try again in (\d+ seconds?|1 minute)\.$/) });
    expect(sim.state.log.list().filter((entry) => entry.method === 'POST' && entry.path === '/api/v2/customer')).toHaveLength(3);
  });

  it('limits sign-in per client address, read from X-Forwarded-For only behind a trusted proxy', async () => {
    const base = { DIST_DIR: '/nonexistent-dist-for-tests', LOG_LEVEL: 'silent', CONSOLE_OIDC_ISSUER: 'http://127.0.0.1:9/issuer', CONSOLE_OIDC_CLIENT_ID: 'c', CONSOLE_OIDC_CLIENT_SECRET: 's', PORT: '8080', CONSOLE_RATE_SIGNIN_PER_MINUTE: '2' };
    const proxied = await buildServer(loadConfig({ ...base, CONSOLE_TRUST_PROXY: '127.0.0.1' }));
    const login = (from: string) => proxied.inject({ url: '/auth/login', headers: { 'x-forwarded-for': from } });
    const first = [await login('203.0.113.7'), await login('203.0.113.7')];
    expect(first.map((answer) => answer.statusCode)).not.toContain(429);
    const third = await login('203.0.113.7');
    expect(third.statusCode).toBe(429);
    expect(third.headers['retry-after']).toBeDefined();
    // Another client behind the same proxy has its own count.
    expect((await login('198.51.100.4')).statusCode).not.toBe(429);
    await proxied.close();

    const direct = await buildServer(loadConfig(base));
    const spoofed = (from: string) => direct.inject({ url: '/auth/login', headers: { 'x-forwarded-for': from } });
    await spoofed('203.0.113.1');
    await spoofed('203.0.113.2');
    // Without a trusted proxy the header is ignored: all three come from the same address.
    expect((await spoofed('203.0.113.3')).statusCode).toBe(429);
    await direct.close();
  });
});
