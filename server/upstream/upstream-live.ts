import type { LiveUpstream } from '../config';
import { REQUEST_ID_HEADER } from '../ops/request-id';
import type { TokenProvider } from './token';
import { UpstreamError, type Upstream, type UpstreamRequest } from './upstream';
import { upstreamBody } from './upstream-body';

/**
 * The real Live Platform: the request goes to {baseUrl}{path} with the provider's bearer
 * token. A 401 means the token was refused (revoked, or rotated before its expiry), so the
 * token is dropped and the call is made once more with a fresh one; a second 401 is passed on.
 */

export interface LiveUpstreamOptions {
  live: Pick<LiveUpstream, 'baseUrl'>;
  tokens: TokenProvider;
  timeoutMs: number;
  userAgent: string;
  /** Aborted when the console's shutdown deadline passes: in-flight calls end as 'shutdown' failures. */
  stop?: AbortSignal;
}

/** Plain words for the system errors an operator meets most, keeping the code for searching. */
const REASONS: Record<string, string> = {
  ECONNREFUSED: 'connection refused',
  ECONNRESET: 'connection reset',
  ENOTFOUND: 'host name not found',
  EAI_AGAIN: 'host name lookup failed',
  UND_ERR_CONNECT_TIMEOUT: 'connection timed out',
  UND_ERR_SOCKET: 'connection closed',
  CERT_HAS_EXPIRED: 'TLS certificate expired',
  DEPTH_ZERO_SELF_SIGNED_CERT: 'TLS certificate not trusted',
  SELF_SIGNED_CERT_IN_CHAIN: 'TLS certificate not trusted',
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'TLS certificate not trusted',
  ERR_TLS_CERT_ALTNAME_INVALID: 'TLS certificate is for another host',
};

function reason(code: string | undefined): string | undefined {
  if (!code) return undefined;
  return REASONS[code] ? `${REASONS[code]} (${code})` : code;
}

function failure(error: unknown, stop: AbortSignal | undefined): UpstreamError | null {
  if (stop?.aborted) return new UpstreamError('shutdown');
  if (!(error instanceof Error)) return null;
  if (error.name === 'TimeoutError' || error.name === 'AbortError') return new UpstreamError('timeout');
  // undici reports connection problems as TypeError("fetch failed") with the system error as cause.
  if (error instanceof TypeError) {
    const cause: unknown = error.cause;
    const code = cause instanceof Error && 'code' in cause && typeof cause.code === 'string' ? cause.code : undefined;
    if (code === 'UND_ERR_HEADERS_TIMEOUT' || code === 'UND_ERR_BODY_TIMEOUT') return new UpstreamError('timeout');
    return new UpstreamError('unreachable', reason(code));
  }
  return null;
}

export function createLiveUpstream(options: LiveUpstreamOptions): Upstream {
  // The base may carry a path prefix (https://sp.example.com/tenantui); the API path is appended to it.
  const base = options.live.baseUrl.href.replace(/\/+$/, '');

  async function send(request: UpstreamRequest, token: string): Promise<Response> {
    const deadline = AbortSignal.timeout(options.timeoutMs);
    const signal = options.stop ? AbortSignal.any([deadline, options.stop]) : deadline;
    const canHaveBody = request.method !== 'GET' && request.method !== 'HEAD';
    return fetch(`${base}${request.pathAndQuery}`, {
      method: request.method,
      headers: { ...request.headers, authorization: `Bearer ${token}`, 'user-agent': options.userAgent, [REQUEST_ID_HEADER]: request.requestId },
      body: canHaveBody && request.body && request.body.length > 0 ? new Uint8Array(request.body) : null,
      redirect: 'manual',
      signal,
    });
  }

  async function answer(request: UpstreamRequest): Promise<Response> {
    const token = await options.tokens.getToken();
    const first = await send(request, token);
    if (first.status !== 401) return first;
    // Read to the end (a short problem body) so its connection can carry the retry.
    await first.arrayBuffer();
    // A 401 is decided before the call is processed, so repeating even a POST cannot apply it twice.
    options.tokens.invalidate(token);
    return await send(request, await options.tokens.getToken());
  }

  return async (request) => {
    try {
      const response = await answer(request);
      // The body is read under the same deadline (the fetch's signal): one that stalls is cut off.
      return { status: response.status, headers: response.headers, body: upstreamBody(response.body, (error) => failure(error, options.stop)) };
    } catch (error) {
      throw failure(error, options.stop) ?? error;
    }
  };
}
