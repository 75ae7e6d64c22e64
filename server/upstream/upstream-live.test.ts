// @vitest-environment node
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { buildLiveConsole, closedPort } from '../testing/harness';
import type { TokenProvider } from './token';

/**
 * The proxy's edges against a hand-written upstream whose answers a simulator would never give:
 * cookies and server banners, a token it always refuses, a redirect.
 */

interface Seen {
  url: string;
  headers: IncomingHttpHeaders;
}

let upstream: Server;
let upstreamUrl: string;
const seen: Seen[] = [];

const tokenCalls = { get: 0, invalidated: [] as Array<string | undefined> };
const tokens: TokenProvider = {
  getToken: async () => `token-${++tokenCalls.get}`,
  invalidate: (refused) => {
    tokenCalls.invalidated.push(refused);
  },
};

beforeAll(async () => {
  upstream = createServer((req, res) => {
    seen.push({ url: req.url ?? '', headers: req.headers });
    if (req.url?.includes('/always-401')) {
      res.writeHead(401, { 'www-authenticate': 'Bearer error="invalid_token"', 'content-type': 'application/json' });
      res.end('{"title":"Unauthorized","status":401}');
      return;
    }
    if (req.url?.includes('/redirect')) {
      res.writeHead(302, { location: 'https://elsewhere.example.com/login' });
      res.end();
      return;
    }
    res.writeHead(200, {
      'content-type': 'application/json; charset=utf-8',
      'set-cookie': ['upstream=1; Path=/', 'ARRAffinity=abc'],
      server: 'Microsoft-IIS/10.0',
      'x-powered-by': 'ASP.NET',
      'x-aspnet-version': '4.0.30319',
      'retry-after': '5',
    });
    res.end('{"ok":true}');
  });
  await new Promise<void>((resolve) => upstream.listen(0, '127.0.0.1', resolve));
  upstreamUrl = `http://127.0.0.1:${(upstream.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => {
  upstream.close(() => resolve());
  upstream.closeAllConnections();
}));
beforeEach(() => {
  seen.length = 0;
  tokenCalls.get = 0;
  tokenCalls.invalidated = [];
});

async function consoleFor(baseUrl: string): Promise<FastifyInstance> {
  const { app } = await buildLiveConsole(baseUrl, { UPSTREAM_TIMEOUT_MS: '2000' }, { tokens });
  return app;
}

const GUID = 'a2a3f4c1-38a9-4709-a1be-0c99d02dd5a2';

describe('live proxy edges', () => {
  it('appends the API path to a base URL with a path prefix', async () => {
    const app = await consoleFor(`${upstreamUrl}/tenantui/`);
    await app.inject({ method: 'GET', url: `/api/v3/customer/${GUID}?allDetails=true` });
    expect(seen[0]?.url).toBe(`/tenantui/api/v3/customer/${GUID}?allDetails=true`);
    expect(seen[0]?.headers.authorization).toBe('Bearer token-1');
    await app.close();
  });

  it('returns status, body and content type, but no cookies or server banners', async () => {
    const app = await consoleFor(upstreamUrl);
    const response = await app.inject({ method: 'GET', url: '/api/v3/customer' });
    expect(response.statusCode).toBe(200);
    expect(response.body).toBe('{"ok":true}');
    expect(response.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(response.headers['retry-after']).toBe('5');
    for (const name of ['set-cookie', 'server', 'x-powered-by', 'x-aspnet-version']) expect(response.headers[name], name).toBeUndefined();
    await app.close();
  });

  it('retries a refused call exactly once with a fresh token, then passes the 401 on', async () => {
    const app = await consoleFor(upstreamUrl);
    const response = await app.inject({ method: 'GET', url: '/api/v2/task/always-401' });
    expect(response.statusCode).toBe(401);
    expect(response.headers['www-authenticate']).toBeUndefined();
    expect(seen.map((call) => call.headers.authorization)).toEqual(['Bearer token-1', 'Bearer token-2']);
    expect(tokenCalls.invalidated).toEqual(['token-1']);
    await app.close();
  });

  it('does not follow redirects away from the Live Platform', async () => {
    const app = await consoleFor(upstreamUrl);
    const response = await app.inject({ method: 'GET', url: '/api/v2/task/redirect' });
    expect(response.statusCode).toBe(302);
    expect(response.headers.location).toBeUndefined();
    expect(seen).toHaveLength(1);
    await app.close();
  });

  it('answers 502 when nothing listens at the base URL', async () => {
    const app = await consoleFor(`http://127.0.0.1:${await closedPort()}`);
    const response = await app.inject({ method: 'GET', url: '/api/v3/customer' });
    expect(response.statusCode).toBe(502);
    expect(response.json()).toEqual({ title: 'Live Platform is unreachable', status: 502, detail: 'connection refused (ECONNREFUSED)' });
    await app.close();
  });
});
