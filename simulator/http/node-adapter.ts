import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http';
import { getResponse, type RequestHandler } from 'msw';

/**
 * Bridges Node's HTTP objects and the Fetch API so msw handlers can answer real HTTP
 * requests without any interception (no patched globals): the simulator and the
 * server's demo mode both go through here.
 */

/** What both a node:http IncomingMessage and a fastify request have. */
export interface NodeRequestLike {
  method?: string | undefined;
  url?: string | undefined;
  headers: IncomingHttpHeaders;
}

/** Connection-level headers describe the hop, not the message; undici refuses some of them. */
const HOP_BY_HOP = new Set(['host', 'connection', 'keep-alive', 'transfer-encoding', 'content-length', 'upgrade', 'expect', 'te', 'trailer', 'proxy-connection']);

export class BodyTooLargeError extends Error {
  constructor(readonly limitBytes: number) {
    super(`Request body is larger than ${limitBytes} bytes`);
  }
}

export async function readBody(req: IncomingMessage, limitBytes = 1_048_576): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += buffer.length;
    if (size > limitBytes) throw new BodyTooLargeError(limitBytes);
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}

export function toFetchHeaders(source: IncomingHttpHeaders): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(source)) {
    // HTTP/2 pseudo-headers (":path") are not header names in the Fetch API.
    if (value === undefined || name.startsWith(':') || HOP_BY_HOP.has(name)) continue;
    for (const one of Array.isArray(value) ? value : [value]) headers.append(name, one);
  }
  return headers;
}

/**
 * The request as a Fetch Request on `origin`. The path is appended to the origin rather than
 * resolved against it, so a request target like "//other.host/x" cannot change the origin.
 */
export function toFetchRequest(req: NodeRequestLike, origin: string, body?: Uint8Array, signal?: AbortSignal): Request {
  const method = (req.method ?? 'GET').toUpperCase();
  const target = req.url ?? '/';
  const url = target.startsWith('/') ? `${origin}${target}` : `${origin}/${target}`;
  const canHaveBody = method !== 'GET' && method !== 'HEAD';
  const init: RequestInit = { method, headers: toFetchHeaders(req.headers) };
  // Copied into a plain ArrayBuffer: a Node Buffer may be a view on a shared pool.
  if (canHaveBody && body && body.byteLength > 0) init.body = new Uint8Array(body).buffer;
  if (signal) init.signal = signal;
  return new Request(url, init);
}

/** A response msw answers with `HttpResponse.error()` stands for a dropped connection. */
export function isNetworkError(response: Response): boolean {
  return response.type === 'error';
}

export function notFoundResponse(): Response {
  return Response.json({ title: 'Not Found', status: 404 }, { status: 404, headers: { 'content-type': 'application/problem+json' } });
}

export async function answerFromHandlers(handlers: readonly RequestHandler[], request: Request): Promise<Response> {
  const response = await getResponse([...handlers], request);
  return response ?? notFoundResponse();
}

/**
 * Writes a Fetch Response to a node:http response. The body is buffered: simulator answers
 * are in memory anyway, and a known length keeps clients' keep-alive simple.
 */
export async function writeFetchResponse(res: ServerResponse, response: Response, method = 'GET'): Promise<void> {
  if (isNetworkError(response)) {
    res.destroy();
    return;
  }
  res.statusCode = response.status;
  response.headers.forEach((value, name) => {
    if (name === 'set-cookie' || name === 'content-length' || name === 'content-encoding' || name === 'transfer-encoding') return;
    res.setHeader(name, value);
  });
  const cookies = response.headers.getSetCookie();
  if (cookies.length > 0) res.setHeader('set-cookie', cookies);
  const body = Buffer.from(await response.arrayBuffer());
  res.setHeader('content-length', body.length);
  res.end(method === 'HEAD' ? undefined : body);
}
