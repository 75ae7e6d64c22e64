/**
 * The one function every API call goes through. It owns the timeout, the JSON handling and turning
 * every failure into an `ApiError` with a sentence a person can read, so no component ever sees a raw
 * `TypeError: Failed to fetch` or a zod issue list.
 */
import * as z from 'zod/mini';
import { csrfHeaders } from './csrf';
import { summarizeIssues } from './describe-issues';
import { apiError, issueMessage, type HttpMethod } from './errors';
import { httpErrorFrom, requestIdOf } from './http-errors';

// Callers import everything HTTP-related, `ApiError` included, from here.
export * from './errors';

export const DEFAULT_TIMEOUT_MS = 20_000;

export interface HttpOptions<S extends z.core.$ZodType> {
  /** Parses the success body. An empty body (204, or 200 with nothing) is parsed as `undefined`. */
  schema: S;
  method?: HttpMethod;
  /** Sent as JSON. */
  body?: unknown;
  /** The caller's signal (react-query's); aborting it rejects with the AbortError, never a timeout. */
  signal?: AbortSignal;
  timeoutMs?: number;
}

function abortErrorFrom(signal: AbortSignal): unknown {
  const reason: unknown = signal.reason;
  if (reason instanceof DOMException && reason.name === 'AbortError') return reason;
  return new DOMException('The request was cancelled.', 'AbortError');
}

const looksLikeHtml = (contentType: string, text: string) => contentType.includes('html') || /^\s*</.test(text);

type Body = { ok: true; value: unknown; fromJson: boolean } | { ok: false };

/** JSON when it is JSON; otherwise the text itself, unless the server *said* JSON (then it is broken). */
/** A JSON escape of a UTF-16 surrogate ("\ud800"): only escapes can put a lone one in a string. */
const SURROGATE_ESCAPE = /\\u[dD][89a-fA-F][0-9a-fA-F]{2}/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Lone surrogates become U+FFFD: left in, a GUID or name holding one makes encodeURIComponent
 * (links, API paths) throw "URI malformed" and takes the whole page down.
 */
const wellFormed = (_key: string, value: unknown): unknown => (typeof value === 'string' ? value.replace(LONE_SURROGATE, '\uFFFD') : value);

function readBody(text: string, contentType: string): Body {
  if (text.trim() === '') return { ok: true, value: undefined, fromJson: false };
  try {
    return { ok: true, value: JSON.parse(text, SURROGATE_ESCAPE.test(text) ? wellFormed : undefined) as unknown, fromJson: true };
  } catch {
    return contentType.includes('json') ? { ok: false } : { ok: true, value: text, fromJson: false };
  }
}

export async function http<S extends z.core.$ZodType>(path: string, options: HttpOptions<S>): Promise<z.output<S>> {
  const { schema, method = 'GET', body, signal, timeoutMs = DEFAULT_TIMEOUT_MS } = options;
  const where = { method, url: path };
  if (signal?.aborted) throw abortErrorFrom(signal);
  const timeout = AbortSignal.timeout(timeoutMs);
  // The CSRF token rides on every state-changing call (server/auth/session-guard.ts requires it when sign-in is on).
  const headers: Record<string, string> = { Accept: 'application/json', ...csrfHeaders(method) };
  if (body !== undefined) headers['Content-Type'] = 'application/json';

  let response: Response;
  let text: string;
  try {
    response = await fetch(path, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
      credentials: 'same-origin',
    });
    // Reading the body is inside the same try: a stalled body is still a timeout or a cancel.
    text = await response.text();
  } catch (error) {
    // The caller's abort wins even if the timer fired too: react-query must see a cancellation.
    if (signal?.aborted) throw abortErrorFrom(signal);
    if (timeout.aborted) {
      throw apiError({ id: 'error.message.timeout', values: { seconds: timeoutMs / 1000 } }, { kind: 'timeout', ...where, cause: error });
    }
    throw apiError({ id: 'error.message.network' }, { kind: 'network', ...where, cause: error });
  }

  const contentType = response.headers.get('content-type')?.toLowerCase() ?? '';
  const parsedBody = readBody(text, contentType);
  const requestId = requestIdOf(response);
  if (!response.ok) {
    throw httpErrorFrom(response, parsedBody.ok ? parsedBody.value : text, looksLikeHtml(contentType, text), where);
  }
  if (!parsedBody.ok) {
    throw apiError({ id: 'error.message.invalidJson' }, { kind: 'parse', status: response.status, requestId, ...where });
  }
  const result = z.safeParse(schema, parsedBody.value);
  if (result.success) return result.data;
  if (parsedBody.value === undefined) {
    throw apiError({ id: 'error.message.empty' }, { kind: 'parse', status: response.status, requestId, ...where });
  }
  if (!parsedBody.fromJson) {
    const what = looksLikeHtml(contentType, text) ? 'page' : 'text';
    throw apiError({ id: 'error.message.notJson', values: { what } }, { kind: 'parse', status: response.status, requestId, ...where });
  }
  const summary = summarizeIssues(result.error, parsedBody.value);
  throw apiError(issueMessage('unexpectedData', summary), {
    kind: 'parse',
    status: response.status,
    requestId,
    dataPath: summary.path,
    ...where,
    cause: result.error,
  });
}
