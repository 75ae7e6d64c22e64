import type { IncomingHttpHeaders } from 'node:http';
import { matchApiCall, queryProblem, type ApiCall } from '../../src/domain/api-calls';
import { checkApiPath } from './api-paths';

/**
 * Whether a request to /api/* may go on to the Live Platform, decided from its line and headers
 * alone (before the body is read): it must be one of the calls in src/domain/api-calls.ts.
 */

export type GateResult =
  | { ok: true; call: ApiCall; params: Record<string, string>; pathAndQuery: string }
  | { ok: false; status: 400 | 404 | 405 | 413 | 415; title: string; detail?: string; allow?: string };

const JSON_TYPE = /^application\/json[ \t]*(;|$)/i;

/** Announced body length; chunked bodies count as "has a body" of unknown length. */
function announcedBody(headers: IncomingHttpHeaders): { has: boolean; bytes: number } {
  const length = Number(headers['content-length'] ?? 0);
  const chunked = headers['transfer-encoding'] !== undefined;
  return { has: chunked || length > 0, bytes: Number.isFinite(length) ? length : Infinity };
}

export function gateApiCall(method: string, rawUrl: string, headers: IncomingHttpHeaders): GateResult {
  const path = checkApiPath(rawUrl);
  if (!path.ok) return path;
  const queryAt = rawUrl.indexOf('?');
  const match = matchApiCall(method, queryAt < 0 ? rawUrl : rawUrl.slice(0, queryAt));
  if (match.kind === 'none') return { ok: false, status: 404, title: 'Not Found' };
  if (match.kind === 'method') return { ok: false, status: 405, title: 'Method Not Allowed', allow: match.allow.join(', ') };
  const { call } = match;
  const badQuery = queryProblem(call, queryAt < 0 ? '' : rawUrl.slice(queryAt + 1));
  if (badQuery) return { ok: false, status: 400, title: 'Bad Request', detail: `This call was refused: ${badQuery}.` };
  const body = announcedBody(headers);
  if (call.bodyLimitBytes === undefined) {
    if (body.has) return { ok: false, status: 413, title: 'Payload Too Large', detail: 'This call takes no body.' };
  } else {
    if (!JSON_TYPE.test(headers['content-type'] ?? '')) return { ok: false, status: 415, title: 'Unsupported Media Type', detail: 'The body must be application/json.' };
    if (body.bytes > call.bodyLimitBytes) return { ok: false, status: 413, title: 'Payload Too Large', detail: `The body may be at most ${call.bodyLimitBytes} bytes.` };
  }
  return { ok: true, call, params: match.params, pathAndQuery: rawUrl };
}

/** Checks the body as read (a chunked body announces no length): size, then that it is JSON at all. */
export function bodyProblem(call: ApiCall, body: Buffer | undefined): GateResult | null {
  if (call.bodyLimitBytes === undefined || body === undefined) return null;
  if (body.length > call.bodyLimitBytes) return { ok: false, status: 413, title: 'Payload Too Large', detail: `The body may be at most ${call.bodyLimitBytes} bytes.` };
  try {
    JSON.parse(body.toString('utf8'));
  } catch {
    return { ok: false, status: 400, title: 'Bad Request', detail: 'The body is not JSON.' };
  }
  return null;
}

/** The largest body any call takes: the route's read limit (each call's own limit is checked after). */
export function largestBodyLimit(calls: readonly ApiCall[]): number {
  return Math.max(1, ...calls.map((call) => call.bodyLimitBytes ?? 0));
}
