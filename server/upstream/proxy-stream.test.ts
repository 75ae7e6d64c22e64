// @vitest-environment node
import { createServer, type ServerResponse, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { buildLiveConsole, type CapturedLogs } from '../testing/harness';
import type { TokenProvider } from './token';

/**
 * Proxied bodies are streamed, over real sockets as a browser meets them: the first bytes leave
 * while the Live Platform is still sending, and an answer that breaks off after its status line
 * reaches the browser as a network error, never as a complete (truncated) body.
 */

const TOKEN = 'upstream-token-7c1e';
const tokens: TokenProvider = { getToken: async () => TOKEN, invalidate: () => undefined };
/** 3 MiB of a JSON array, in pieces: more than the first chunk the proxy collects (1 MiB). */
const ROW = JSON.stringify({ CustomerShortName: 'Contoso', UmpCustomerGuid: '0ad77c8d-0000-4000-8000-000000000000', Licenses: ['Teams', 'Zoom'] });
const PIECE = Array.from({ length: 1024 }, () => ROW).join(',');
const PIECES = Math.ceil((3 << 20) / PIECE.length);
const FULL_BODY = `[${Array.from({ length: PIECES }, () => PIECE).join(',')}]`;

let upstream: Server;
let app: FastifyInstance;
let logs: CapturedLogs;
let origin: string;
/** Resolves the held upstream answer ("/api/v3/customer"): it sends its first half, then waits for this. */
let releaseRest: () => void = () => undefined;
/** Settles when the upstream's answer to "/api/v2/task/held" is closed. */
let markHeldClosed: () => void = () => undefined;
const heldClosed = new Promise<undefined>((resolve) => {
  markHeldClosed = () => resolve(undefined);
});

function sendFirstHalf(res: ServerResponse): string {
  res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
  const half = FULL_BODY.slice(0, Math.floor(FULL_BODY.length / 2));
  res.write(half);
  return FULL_BODY.slice(half.length);
}

beforeAll(async () => {
  upstream = createServer((req, res) => {
    if (req.url === '/api/v3/customer') {
      const rest = sendFirstHalf(res);
      releaseRest = () => res.end(rest);
    } else if (req.url === '/api/v2/task/stalls-early') {
      // The status line and a few bytes, then nothing: less than the proxy hands on at first.
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('[{"a":');
    } else if (req.url === '/api/v2/task/stalls-late') {
      sendFirstHalf(res);
    } else if (req.url === '/api/v2/task/held') {
      sendFirstHalf(res);
      res.on('close', () => markHeldClosed());
    } else if (req.url === '/api/v2/task/drops') {
      sendFirstHalf(res);
      setTimeout(() => res.destroy(), 50);
    } else {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => upstream.listen(0, '127.0.0.1', resolve));
  ({ app, logs } = await buildLiveConsole(`http://127.0.0.1:${(upstream.address() as AddressInfo).port}`, { UPSTREAM_TIMEOUT_MS: '1500' }, { tokens }));
  origin = await app.listen({ port: 0, host: '127.0.0.1' });
});
afterAll(async () => {
  await app.close();
  upstream.closeAllConnections();
  await new Promise<void>((resolve) => upstream.close(() => resolve()));
});

/** As Chromium asks (Node's fetch decodes brotli as the browser does), or asking for no compression. */
const get = (path: string, encoding = 'gzip, deflate, br') => fetch(`${origin}${path}`, { headers: { 'accept-encoding': encoding } });

async function expectUp() {
  expect((await fetch(`${origin}/api/console/info`)).status).toBe(200);
}

describe('streamed answers', () => {
  it('sends the first bytes while the Live Platform is still sending, then the whole body, compressed', async () => {
    const response = await get('/api/v3/customer');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-encoding')).toBe('br');
    expect(response.headers.get('cache-control')).toBe('no-store');
    const reader = response.body?.getReader();
    if (!reader) throw new Error('no body');
    const first = await reader.read();
    // The upstream has sent half its body and waits: these bytes can only have been streamed.
    expect(first.value?.byteLength).toBeGreaterThan(0);
    releaseRest();
    const chunks: Uint8Array[] = first.value ? [first.value] : [];
    for (let next = await reader.read(); !next.done; next = await reader.read()) chunks.push(next.value);
    expect(Buffer.concat(chunks).toString('utf8')).toBe(FULL_BODY);
  });

  it.each(['gzip, deflate, br', 'identity'])('a body that stalls before anything was relayed (%s): cut off at the deadline, no status, a network error', async (encoding) => {
    // The body never comes: the call ending at all is the deadline's doing.
    await expect(get('/api/v2/task/stalls-early', encoding)).rejects.toThrow(TypeError);
    await expectUp();
  });

  it('a body that stalls after its first bytes went out: cut off at the deadline, never a complete-looking body', async () => {
    const response = await get('/api/v2/task/stalls-late');
    expect(response.status).toBe(200);
    await expect(response.arrayBuffer()).rejects.toThrow(TypeError);
    expect(logs.text()).toContain('Live Platform answer broke off; response cut off');
    expect(logs.text()).toContain('Live Platform did not answer in time');
    expect(logs.text()).not.toContain(TOKEN);
    await expectUp();
  });

  it('a browser that goes away in the middle: the Live Platform call is ended too, and nothing says the platform broke off', async () => {
    const before = logs.text().split('Live Platform answer broke off').length;
    const leaving = new AbortController();
    const response = await fetch(`${origin}/api/v2/task/held`, { headers: { 'accept-encoding': 'br' }, signal: leaving.signal });
    await response.body?.getReader().read();
    leaving.abort();
    await heldClosed;
    expect(logs.text().split('Live Platform answer broke off').length).toBe(before);
    await expectUp();
  });

  it('a connection dropped in the middle of the body: cut off at once, not at the deadline', async () => {
    const deadlines = logs.text().split('Live Platform did not answer in time').length;
    // Before or after the status line reached us, depending on how far the compressor got: a network error either way.
    await expect(get('/api/v2/task/drops').then((response) => response.arrayBuffer())).rejects.toThrow(TypeError);
    // Cut off for the drop itself, not by the deadline.
    expect(logs.text().split('Live Platform did not answer in time').length).toBe(deadlines);
    expect(logs.text()).not.toContain(TOKEN);
    await expectUp();
  });
});
