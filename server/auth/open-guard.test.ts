// @vitest-environment node
import type { FastifyInstance } from 'fastify';
import type { RunningSimulator } from '../../simulator/http/simulator';
import { buildServer } from '../http/app';
import { loadConfig } from '../config';
import { liveConfig, startTestSimulator } from '../testing/harness';

/** A console without sign-in: cross-site writes and DNS rebinding are still refused. */

let sim: RunningSimulator;
let app: FastifyInstance;

beforeAll(async () => {
  sim = await startTestSimulator();
  app = await buildServer(liveConfig(sim.url, { LOG_LEVEL: 'silent' }));
});
afterAll(async () => {
  await app.close();
  await sim.close();
});

describe('live mode on loopback without sign-in', () => {
  it('says so in /api/console/info', async () => {
    const info = await app.inject({ method: 'GET', url: '/api/console/info' });
    expect(info.json()).toMatchObject({ mode: 'live', auth: 'none', unauthenticatedOverride: false });
  });

  it('answers only to loopback host names, so a rebinding hostile page gets nothing', async () => {
    const rebound = await app.inject({ method: 'GET', url: '/api/v3/customer', headers: { host: 'attacker.example:5173' } });
    expect(rebound.statusCode).toBe(421);
    expect(rebound.json()).toMatchObject({ title: 'Unknown host name' });
    for (const host of ['127.0.0.1:5173', 'localhost:5180', '[::1]:5173']) {
      expect((await app.inject({ method: 'GET', url: '/api/v3/customer', headers: { host } })).statusCode, host).toBe(200);
    }
  });

  it('refuses a state-changing call that a page on another site made the browser send', async () => {
    sim.state.log.clear();
    for (const headers of [{ origin: 'https://evil.example' }, { 'sec-fetch-site': 'cross-site' }, { 'sec-fetch-site': 'same-site' }, { origin: 'null' }]) {
      const response = await app.inject({ method: 'POST', url: '/api/v2/customer', payload: '{}', headers: { 'content-type': 'text/plain', ...headers } });
      expect(response.statusCode, JSON.stringify(headers)).toBe(403);
    }
    expect(sim.state.log.list()).toEqual([]);
    const own = await app.inject({
      method: 'DELETE',
      url: '/api/v2/customer/00000000-0000-0000-0000-000000000000',
      headers: { host: '127.0.0.1:5173', origin: 'http://127.0.0.1:5173', 'sec-fetch-site': 'same-origin' },
    });
    expect(own.statusCode).toBe(404);
    expect(sim.state.log.list()).toHaveLength(1);
  });
});

describe('explicit override', () => {
  it('listens on any address, answers any host name, and tells the SPA to warn', async () => {
    const open = await buildServer(liveConfig(sim.url, { LOG_LEVEL: 'silent', HOST: '0.0.0.0', CONSOLE_ALLOW_UNAUTHENTICATED: 'true' }));
    const info = await open.inject({ method: 'GET', url: '/api/console/info', headers: { host: 'console.lan:5173' } });
    expect(info.statusCode).toBe(200);
    expect(info.json()).toMatchObject({ auth: 'none', unauthenticatedOverride: true });
    await open.close();
  });
});

describe('demo mode', () => {
  it('keeps answering any host name (its data is simulated)', async () => {
    const demo = await buildServer(loadConfig({ LOG_LEVEL: 'silent', HOST: '0.0.0.0', DIST_DIR: '/nonexistent' }));
    expect((await demo.inject({ method: 'GET', url: '/api/v3/customer', headers: { host: 'console.lan' } })).statusCode).toBe(200);
    await demo.close();
  });
});
