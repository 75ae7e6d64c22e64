import { randomUUID, timingSafeEqual } from 'node:crypto';
import type { SimulatorState } from './state';

/**
 * A local stand-in for Entra ID's v2 token endpoint, client-credentials grant only.
 * Errors use Entra's body ({error, error_description, error_codes, trace_id, ...}) so the
 * console's token client meets the same shapes it meets in production.
 */

export const TOKEN_PATH = '/oauth2/v2.0/token';

interface ClientCredentials {
  clientId: string;
  clientSecret: string | undefined;
}

function entraError(status: number, error: string, code: number, description: string, headers: Record<string, string> = {}): Response {
  const traceId = randomUUID();
  const correlationId = randomUUID();
  const timestamp = new Date().toISOString().replace('T', ' ').replace(/\.\d+Z$/, 'Z');
  return Response.json(
    {
      error,
      error_description: `AADSTS${code}: ${description} Trace ID: ${traceId} Correlation ID: ${correlationId} Timestamp: ${timestamp}`,
      error_codes: [code],
      timestamp,
      trace_id: traceId,
      correlation_id: correlationId,
      error_uri: `https://login.microsoftonline.com/error?code=${code}`,
    },
    { status, headers: { 'cache-control': 'no-store', pragma: 'no-cache', ...headers } },
  );
}

/** RFC 6749 2.3.1: Basic credentials are form-url-encoded before base64. */
function basicCredentials(authorization: string | undefined): ClientCredentials | null {
  const match = /^Basic +([A-Za-z0-9+/=]+) *$/i.exec(authorization ?? '');
  if (!match?.[1]) return null;
  const decoded = Buffer.from(match[1], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return null;
  const decode = (part: string) => decodeURIComponent(part.replace(/\+/g, ' '));
  try {
    return { clientId: decode(decoded.slice(0, colon)), clientSecret: decode(decoded.slice(colon + 1)) };
  } catch {
    return null;
  }
}

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

export function handleTokenRequest(state: SimulatorState, method: string, headers: Headers, body: string): Response {
  if (method !== 'POST') {
    return entraError(405, 'invalid_request', 900561, 'The endpoint only accepts POST requests.', { allow: 'POST' });
  }
  if (state.tokenEndpointMode === 'fail') {
    return entraError(503, 'temporarily_unavailable', 90033, 'A transient error has occurred. Please try again.');
  }
  if (state.tokenEndpointMode === 'garbage') {
    // What a misconfigured proxy or captive portal in front of the endpoint tends to answer.
    return new Response('<html><body>Service temporarily moved</body></html>', { status: 200, headers: { 'content-type': 'text/html' } });
  }
  if (!(headers.get('content-type') ?? '').toLowerCase().startsWith('application/x-www-form-urlencoded')) {
    return entraError(400, 'invalid_request', 900144, "The request body must contain the following parameter: 'grant_type'.");
  }
  const form = new URLSearchParams(body);
  const grantType = form.get('grant_type');
  if (!grantType) return entraError(400, 'invalid_request', 900144, "The request body must contain the following parameter: 'grant_type'.");
  if (grantType !== 'client_credentials') {
    return entraError(400, 'unsupported_grant_type', 70003, 'The app requested an unsupported grant type.');
  }
  const basic = basicCredentials(headers.get('authorization') ?? undefined);
  const credentials: ClientCredentials = basic ?? { clientId: form.get('client_id') ?? '', clientSecret: form.get('client_secret') ?? undefined };
  if (basic && form.has('client_id') && form.get('client_id') !== basic.clientId) {
    return entraError(400, 'invalid_request', 900023, 'The client_id in the body does not match the client authentication.');
  }
  if (!credentials.clientId) {
    return entraError(400, 'invalid_request', 900144, "The request body must contain the following parameter: 'client_id'.");
  }
  if (credentials.clientId !== state.config.clientId) {
    return entraError(400, 'invalid_client', 700016, `Application with identifier '${credentials.clientId}' was not found in the directory.`);
  }
  if (credentials.clientSecret === undefined || !sameSecret(credentials.clientSecret, state.config.clientSecret)) {
    // Entra answers a wrong secret with 401 (RFC 6749 5.2); the description never echoes the secret.
    return entraError(401, 'invalid_client', 7000215, 'Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID.');
  }
  const scope = form.get('scope') ?? '';
  if (!scope.endsWith('/.default')) {
    return entraError(400, 'invalid_scope', 1002012, `The provided value for scope ${scope || '(none)'} is not valid. Client credential flows must have a scope value with /.default suffixed to the resource identifier.`);
  }
  const ttl = state.config.tokenTtlS;
  return Response.json(
    { token_type: 'Bearer', expires_in: ttl, ext_expires_in: ttl, access_token: state.tokens.issue(ttl) },
    { status: 200, headers: { 'cache-control': 'no-store', pragma: 'no-cache' } },
  );
}
