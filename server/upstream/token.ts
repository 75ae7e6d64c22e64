import * as oidc from 'openid-client';
import { isLoopbackHttp, type LiveUpstream } from '../config';

/**
 * The Live Platform bearer token, obtained with the OAuth2 client-credentials grant and
 * cached. Concurrent callers share one in-flight request, so a burst of API calls after
 * start (or after expiry) costs one round trip to Entra, not one per call.
 */

export interface TokenProvider {
  getToken(): Promise<string>;
  /**
   * Drops the cached token after the API refused it. Passing the refused token means a
   * newer token that another caller already fetched is kept.
   */
  invalidate(refusedToken?: string): void;
}

/** A token could not be obtained. `detail` is safe to show: it never holds the secret or a token. */
export class TokenError extends Error {
  constructor(readonly detail: string) {
    super(`Could not obtain a Live Platform token: ${detail}`);
  }
}

export interface TokenProviderOptions {
  upstream: Pick<LiveUpstream, 'tokenUrl' | 'clientId' | 'clientSecret' | 'scope'>;
  timeoutMs: number;
  now?: () => number;
  /** For tests only: replaces the HTTP client openid-client uses. */
  fetch?: oidc.CustomFetch;
  /** Told of every request to the token endpoint (metrics). */
  onFetch?: (outcome: 'ok' | 'error') => void;
}

/** Refresh this long before expiry so a call never leaves with a token about to lapse in flight. */
const REFRESH_MARGIN_S = 60;
/** Entra always sends expires_in; if a server does not, re-fetch after this long. */
const FALLBACK_LIFETIME_S = 300;

function lifetimeToCache(expiresIn: number | undefined): number {
  const lifetime = expiresIn ?? FALLBACK_LIFETIME_S;
  // Short-lived tokens (tests, strict tenants) would otherwise never be cached at all.
  return lifetime > 2 * REFRESH_MARGIN_S ? lifetime - REFRESH_MARGIN_S : lifetime / 2;
}

function describe(error: unknown, secret: string): string {
  let detail: string;
  if (error instanceof oidc.ResponseBodyError) {
    // Entra's description starts with its AADSTS code and says what is wrong, e.g. an expired secret.
    detail = `the token endpoint answered ${error.status} ${error.error}${error.error_description ? `: ${error.error_description.split(/\r?\n| Trace ID:/)[0]}` : ''}`;
  } else if (error instanceof oidc.ClientError && error.code === 'OAUTH_TIMEOUT') {
    detail = 'the token endpoint did not answer in time';
  } else if (error instanceof oidc.ClientError && error.cause instanceof Response) {
    // openid-client hands over the Response when the status or content type was unexpected.
    const { status, headers } = error.cause;
    const type = headers.get('content-type')?.split(';')[0] ?? 'no content type';
    detail = status >= 200 && status < 300
      ? `the token endpoint answered ${status} with ${type} instead of a JSON token response`
      : `the token endpoint answered ${status}`;
  } else if (error instanceof oidc.ClientError) {
    detail = `the token response was not usable (${error.message})`;
  } else {
    detail = 'the token endpoint could not be reached';
  }
  // Belt and braces: whatever a server echoes, the secret never leaves this module.
  return secret ? detail.replaceAll(secret, '***') : detail;
}

export function createTokenProvider(options: TokenProviderOptions): TokenProvider {
  const { upstream } = options;
  const now = options.now ?? Date.now;
  // No discovery: Entra's metadata document is not needed for client credentials, and skipping
  // it saves a round trip and a dependency on one more endpoint. The issuer is only used to
  // validate ID tokens, which this grant never returns.
  const config = new oidc.Configuration(
    { issuer: upstream.tokenUrl.origin, token_endpoint: upstream.tokenUrl.href },
    upstream.clientId,
    undefined,
    oidc.ClientSecretPost(upstream.clientSecret),
  );
  config.timeout = Math.ceil(options.timeoutMs / 1000);
  if (isLoopbackHttp(upstream.tokenUrl)) oidc.allowInsecureRequests(config);
  if (options.fetch) config[oidc.customFetch] = options.fetch;

  let cached: { token: string; refreshAt: number } | null = null;
  let inFlight: Promise<string> | null = null;

  async function fetchToken(): Promise<string> {
    try {
      const response = await oidc.clientCredentialsGrant(config, { scope: upstream.scope });
      if (!response.access_token) throw new TokenError('the token endpoint answered without an access token');
      cached = { token: response.access_token, refreshAt: now() + lifetimeToCache(response.expires_in) * 1000 };
      options.onFetch?.('ok');
      return response.access_token;
    } catch (error) {
      options.onFetch?.('error');
      if (error instanceof TokenError) throw error;
      throw new TokenError(describe(error, upstream.clientSecret));
    }
  }

  return {
    getToken() {
      if (cached && now() < cached.refreshAt) return Promise.resolve(cached.token);
      inFlight ??= fetchToken().finally(() => {
        inFlight = null;
      });
      return inFlight;
    },
    invalidate(refusedToken) {
      if (!refusedToken || cached?.token === refusedToken) cached = null;
    },
  };
}
