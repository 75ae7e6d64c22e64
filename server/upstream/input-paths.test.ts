// @vitest-environment node
import { connect } from 'node:net';
import type { FastifyInstance } from 'fastify';
import type { RunningSimulator } from '../../simulator/http/simulator';
import { buildLiveConsole, simControl, startTestSimulator } from '../testing/harness';

/**
 * The console is not an open proxy: request targets written byte for byte on a raw socket (no
 * client library normalises them first) never reach the Live Platform unless they are a documented
 * path, and never go anywhere else. proxy.test.ts and api-paths.test.ts hold the other traversal forms.
 */

let sim: RunningSimulator;
let app: FastifyInstance;
let port: number;

beforeAll(async () => {
  sim = await startTestSimulator();
  ({ app } = await buildLiveConsole(sim.url, { LOG_LEVEL: 'silent' }));
  port = Number(new URL(await app.listen({ port: 0, host: '127.0.0.1' })).port);
});
afterAll(async () => {
  await app.close();
  await sim.close();
});
beforeEach(async () => {
  await simControl(sim, 'POST', '/__sim/reset');
});

interface RawAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** Sends `${method} ${target} HTTP/1.1` exactly as given and reads the answer. */
function raw(target: string, { method = 'GET', host = `127.0.0.1:${port}` } = {}): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    let text = '';
    socket.setEncoding('latin1');
    socket.on('data', (chunk: string) => (text += chunk));
    socket.on('error', reject);
    socket.on('close', () => {
      const end = text.indexOf('\r\n\r\n');
      const [statusLine = '', ...lines] = (end < 0 ? text : text.slice(0, end)).split('\r\n');
      const headers = Object.fromEntries(lines.map((line) => [line.slice(0, line.indexOf(':')).toLowerCase(), line.slice(line.indexOf(':') + 1).trim()]));
      resolve({ status: Number(/^HTTP\/1\.1 (\d{3})/.exec(statusLine)?.[1] ?? 0), headers, body: end < 0 ? '' : text.slice(end + 4) });
    });
    socket.write(`${method} ${target} HTTP/1.1\r\nHost: ${host}\r\nAccept: application/json\r\nConnection: close\r\n\r\n`, 'latin1');
  });
}

const forwarded = () => sim.state.log.list().filter((entry) => entry.path !== '/oauth2/v2.0/token');

describe('request targets on a raw socket', () => {
  it.each([
    ['/api/../etc/passwd', 400],
    ['/api/v3/customer/..%2f..%2fx', 400],
    ['/api/%2e%2e/', 400],
    ['/api/v3/customer\\..', 400],
    ['/api/v3/customer/..;/admin', 400],
    ['/api/v3/customer/%c0%ae%c0%ae/admin', 400],
    ['/api/v3/customer/.;/x', 400],
    ['/api/v3/customer/x%00', 400],
    ['/api/./v3/customer', 400],
    ['/API/v3/customer', 404],
    ['/api/v1/admin', 404],
    ['/api/console/../v3/customer', 400],
  ])('%s is refused with %i and nothing reaches the Live Platform', async (target, status) => {
    const answer = await raw(target);
    expect(answer.status).toBe(status);
    expect(JSON.parse(answer.body)).toMatchObject({ status });
    expect(forwarded()).toEqual([]);
  });

  it('an undecodable URL gets the same problem body, without echoing the path, and nosniff', async () => {
    for (const target of ['/api/v3/customer/%c0<script>', '/%E0%A4%A', '/api/%ZZ']) {
      const answer = await raw(target);
      expect(answer.status, target).toBe(400);
      expect(answer.body.slice(answer.body.indexOf('{')), target).toBe('{"title":"Bad request path","status":400}');
      expect(answer.headers['x-content-type-options'], target).toBe('nosniff');
    }
    expect(forwarded()).toEqual([]);
  });

  it('//evil.example/api is a page route at most, never a request to another host', async () => {
    const answer = await raw('//evil.example/api');
    expect(answer.status).toBe(404);
    expect(JSON.parse(answer.body)).toEqual({ title: 'Not Found', status: 404 });
    expect(forwarded()).toEqual([]);
  });

  it('an absolute-form target (proxy style) is refused, whatever host it names', async () => {
    for (const target of ['http://evil.example/api/v3/customer', `http://127.0.0.1:${port}/api/v3/customer`, 'https://evil.example:443/api/v2/task/1']) {
      const answer = await raw(target);
      expect([400, 404], target).toContain(answer.status);
      expect(answer.body, target).not.toContain('UmpCustomerGuid');
    }
    expect(forwarded()).toEqual([]);
  });

  it('CONNECT is never tunnelled; TRACE and OPTIONS are not forwarded or echoed', async () => {
    // No CONNECT handler: Node closes the socket without an answer, so no tunnel can open.
    expect(await raw('evil.example:443', { method: 'CONNECT' })).toEqual({ status: 0, headers: {}, body: '' });
    for (const method of ['TRACE', 'OPTIONS']) {
      const answer = await raw('/api/v3/customer', { method });
      expect(answer.status, method).toBe(404);
      expect(answer.body, method).not.toContain('Host:');
    }
    expect(forwarded()).toEqual([]);
  });

  it('a Host header naming another site is refused (421), so a rebound DNS name cannot use the console', async () => {
    const answer = await raw('/api/v3/customer', { host: 'evil.example' });
    expect(answer.status).toBe(421);
    expect(JSON.parse(answer.body)).toMatchObject({ title: 'Unknown host name', status: 421 });
    expect(forwarded()).toEqual([]);
    expect((await raw('/api/v3/customer')).status).toBe(200);
    expect(forwarded().map((entry) => entry.path)).toEqual(['/api/v3/customer']);
  });

  it('an "@" or a query cannot move the call to another host or path: neither fits a call of the table', async () => {
    expect((await raw('/api/v2/task/@evil.example')).status).toBe(404);
    expect((await raw('/api/v3/customer?next=http://evil.example/&x=../../admin')).status).toBe(400);
    expect(forwarded()).toEqual([]);
  });
});
