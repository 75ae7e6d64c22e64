// @vitest-environment node
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import { createStore } from '../../simulator/store';
import { buildServer } from './app';
import { loadConfig } from '../config';
import { captureLogs } from '../testing/harness';

/** Demo mode, static files and the headers every answer carries. */

const CSP = "default-src 'self';script-src 'self';style-src 'self' 'unsafe-inline';img-src 'self' data:;font-src 'self' data:;connect-src 'self';frame-ancestors 'none';base-uri 'self';form-action 'self';object-src 'none'";
const INDEX = '<!doctype html><html><head><script type="module" src="/assets/app-3f2a1c.js"></script></head><body><div id="root"></div></body></html>';

let dist: string;
let app: FastifyInstance;

beforeAll(async () => {
  dist = mkdtempSync(join(tmpdir(), 'console-dist-'));
  mkdirSync(join(dist, 'assets'));
  writeFileSync(join(dist, 'index.html'), INDEX);
  writeFileSync(join(dist, 'assets', 'app-3f2a1c.js'), `export const rows = ${JSON.stringify(Array.from({ length: 400 }, (_, i) => `row-${i}`))};`);
  writeFileSync(join(dist, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  app = await buildServer(loadConfig({ DIST_DIR: dist, LOG_LEVEL: 'silent' }));
});
afterAll(async () => {
  await app.close();
  rmSync(dist, { recursive: true, force: true });
});

describe('static files', () => {
  it('serves index.html at / with the security headers and no caching', async () => {
    const response = await app.inject({ method: 'GET', url: '/', headers: { accept: 'text/html' } });
    expect(response.statusCode).toBe(200);
    expect(response.body).toBe(INDEX);
    expect(response.headers).toMatchObject({
      'content-security-policy': CSP,
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
      'x-frame-options': 'DENY',
      'cache-control': 'no-cache',
    });
    expect(response.headers['x-powered-by']).toBeUndefined();
    expect(response.headers.server).toBeUndefined();
  });

  it('caches hashed assets for a year and compresses them', async () => {
    const response = await app.inject({ method: 'GET', url: '/assets/app-3f2a1c.js', headers: { 'accept-encoding': 'gzip' } });
    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(response.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(response.rawPayload).toString('utf8')).toContain('row-399');
  });

  it('answers client-side routes that want HTML with index.html', async () => {
    const response = await app.inject({ method: 'GET', url: '/services/0ad77c8d?tab=sites', headers: { accept: 'text/html,application/xhtml+xml' } });
    expect(response.statusCode).toBe(200);
    expect(response.body).toBe(INDEX);
    expect(response.headers['cache-control']).toBe('no-cache');
    expect(response.headers['content-security-policy']).toBe(CSP);
  });

  it('answers missing files and unknown /api paths with 404 JSON, never index.html', async () => {
    for (const [url, accept] of [['/assets/gone-123.js', '*/*'], ['/api/nothing', 'text/html'], ['/api', 'text/html']] as const) {
      const response = await app.inject({ method: 'GET', url, headers: { accept } });
      expect(response.statusCode, url).toBe(404);
      expect(response.json()).toEqual({ title: 'Not Found', status: 404 });
    }
  });

  it('without a build, serves /api only and says why in the log', async () => {
    const logs = captureLogs();
    const bare = await buildServer(loadConfig({ DIST_DIR: join(dist, 'missing'), LOG_LEVEL: 'warn' }), { logStream: logs.sink });
    const page = await bare.inject({ method: 'GET', url: '/', headers: { accept: 'text/html' } });
    expect(page.statusCode).toBe(404);
    expect((await bare.inject({ method: 'GET', url: '/api/v3/customer' })).statusCode).toBe(200);
    expect(logs.text()).toContain('no index.html in DIST_DIR');
    await bare.close();
  });
});

describe('demo mode', () => {
  it('reports its mode, version and that sign-in is not configured', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/console/info' });
    expect(response.json()).toEqual({ mode: 'demo', version: expect.stringMatching(/^\d+\.\d+\.\d+/), auth: 'none', unauthenticatedOverride: false });
    expect(response.headers['cache-control']).toBe('no-store');
  });

  it('answers /api/v3/customer from the simulator without any token, compressed', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/v3/customer', headers: { 'accept-encoding': 'gzip' } });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-encoding']).toBe('gzip');
    expect(response.headers['content-type']).toMatch(/^application\/json/);
    expect(JSON.parse(gunzipSync(response.rawPayload).toString('utf8'))).toHaveLength(35);
  });

  it('keeps the same path rules as live mode', async () => {
    // inject() resolves "..", so these are the traversal forms that survive URL parsing (see proxy.test.ts for raw ones).
    expect((await app.inject({ method: 'GET', url: '/api/v3/customer/..%5cx' })).statusCode).toBe(400);
    expect((await app.inject({ method: 'GET', url: '/api/v3/customer//x' })).statusCode).toBe(400);
    expect((await app.inject({ method: 'GET', url: '/api/v1/anything' })).statusCode).toBe(404);
  });

  it('turns a simulated dropped connection into 502 and a stall into 504', async () => {
    const store = createStore();
    const demo = await buildServer(loadConfig({ DIST_DIR: dist, LOG_LEVEL: 'silent', UPSTREAM_TIMEOUT_MS: '200' }), { demo: { store, latencyMs: 0 } });
    store.faults.set('GET /api/v3/customer', { status: 0, times: 1 });
    const dropped = await demo.inject({ method: 'GET', url: '/api/v3/customer' });
    expect(dropped.statusCode).toBe(502);
    expect(dropped.json()).toMatchObject({ title: 'Live Platform is unreachable' });
    store.faults.set('GET /api/v3/customer', { status: 500, times: 1, delayMs: 1000 });
    const stalled = await demo.inject({ method: 'GET', url: '/api/v3/customer' });
    expect(stalled.statusCode).toBe(504);
    expect(stalled.json()).toEqual({ title: 'Live Platform did not answer in time', status: 504 });
    await demo.close();
  });

  it('refuses an oversized body with a JSON 413', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/v2/customer',
      payload: 'x'.repeat(1_100_000),
      headers: { 'content-type': 'application/json' },
    });
    expect(response.statusCode).toBe(413);
    expect(response.json()).toEqual({ title: 'Payload Too Large', status: 413, detail: 'The body may be at most 65536 bytes.' });
  });
});
