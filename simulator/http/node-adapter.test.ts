// @vitest-environment node
import { createServer, request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { http, HttpResponse } from 'msw';
import { answerFromHandlers, toFetchRequest, writeFetchResponse } from './node-adapter';
import { bearerToken, TokenRegistry } from './tokens';

describe('toFetchRequest', () => {
  it('builds an absolute request on the given origin without hop-by-hop headers', async () => {
    const request = toFetchRequest(
      { method: 'post', url: '/api/v2/customer?x=1', headers: { host: 'elsewhere', 'content-length': '2', connection: 'keep-alive', 'content-type': 'application/json', 'x-many': ['a', 'b'] } },
      'http://127.0.0.1:4010',
      Buffer.from('{}'),
    );
    expect(request.url).toBe('http://127.0.0.1:4010/api/v2/customer?x=1');
    expect(request.method).toBe('POST');
    expect(request.headers.get('host')).toBeNull();
    expect(request.headers.get('connection')).toBeNull();
    expect(request.headers.get('x-many')).toBe('a, b');
    expect(await request.text()).toBe('{}');
  });

  it('keeps a scheme-relative target on the origin', () => {
    expect(toFetchRequest({ url: '//evil.example/x', headers: {} }, 'http://127.0.0.1:1').url).toBe('http://127.0.0.1:1//evil.example/x');
  });

  it('drops a body on GET', () => {
    expect(toFetchRequest({ method: 'GET', url: '/', headers: {} }, 'http://h', Buffer.from('x')).body).toBeNull();
  });
});

describe('answerFromHandlers', () => {
  const handlers = [http.get('*/hello', () => HttpResponse.json({ hi: true }))];

  it('answers with the matching handler', async () => {
    expect(await (await answerFromHandlers(handlers, new Request('http://any.host/hello'))).json()).toEqual({ hi: true });
  });

  it('answers 404 JSON when no handler matches', async () => {
    const response = await answerFromHandlers(handlers, new Request('http://any.host/nothing'));
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ title: 'Not Found', status: 404 });
  });
});

describe('writeFetchResponse', () => {
  async function through(response: () => Response, method = 'GET') {
    const server = createServer((_req, res) => void writeFetchResponse(res, response(), method));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    try {
      return await new Promise<{ status: number; headers: Record<string, unknown>; body: string }>((resolve, reject) => {
        const req = httpRequest({ host: '127.0.0.1', port, method }, (res) => {
          let body = '';
          res.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
        });
        req.on('error', reject);
        req.end();
      });
    } finally {
      server.closeAllConnections();
      server.close();
    }
  }

  it('writes status, headers (every set-cookie) and body', async () => {
    const headers = new Headers({ 'content-type': 'application/json' });
    headers.append('set-cookie', 'a=1');
    headers.append('set-cookie', 'b=2');
    const result = await through(() => new Response('{"ok":1}', { status: 201, headers }));
    expect(result.status).toBe(201);
    expect(result.headers['set-cookie']).toEqual(['a=1', 'b=2']);
    expect(result.headers['content-length']).toBe('8');
    expect(result.body).toBe('{"ok":1}');
  });

  it('sends no body to HEAD', async () => {
    expect((await through(() => new Response('abc'), 'HEAD')).body).toBe('');
  });

  it('drops the connection for a network-error response', async () => {
    await expect(through(() => Response.error())).rejects.toThrow(/socket hang up|ECONNRESET/);
  });
});

describe('tokens', () => {
  it('expire after their lifetime and can all be revoked', () => {
    let now = 0;
    const registry = new TokenRegistry(() => now);
    const a = registry.issue(10);
    expect(registry.isValid(a)).toBe(true);
    now = 10_000;
    expect(registry.isValid(a)).toBe(false);
    const b = registry.issue(10);
    registry.revokeAll();
    expect(registry.isValid(b)).toBe(false);
    expect(registry.issuedCount).toBe(2);
  });

  it('reads a bearer token case-insensitively and nothing else', () => {
    expect(bearerToken('bearer abc-_.~+/=')).toBe('abc-_.~+/=');
    expect(bearerToken('Basic abc')).toBeNull();
    expect(bearerToken('Bearer ')).toBeNull();
    expect(bearerToken(undefined)).toBeNull();
  });
});
