/**
 * Which /api paths the console forwards. An allowlist of the documented resources keeps the
 * server from being a general-purpose door into the Live Platform with the provider's token,
 * and the traversal checks stop "/api/v3/customer/../../admin" from escaping that list once
 * the upstream (or a proxy in front of it) normalises the path.
 */

export type PathCheck =
  | { ok: true; pathAndQuery: string }
  | { ok: false; status: 400 | 404 | 405; title: string };

const ALLOWED: readonly RegExp[] = [
  /^\/api\/v3\/customer(\/|$)/,
  /^\/api\/v2\/customer(\/|$)/,
  /^\/api\/v2\/task\/./,
  /^\/api\/ovoc\/v1\/topology\/./,
];

/**
 * Reads documented for GET only (issue 18): one SIP connection, the script templates, the calling profiles.
 * The dial plan read (/api/v2/customer/{id}/sitelocation/{siteId}/dialplan/{plan}) sits under /api/v2/customer.
 */
const GET_ONLY: readonly RegExp[] = [
  /^\/api\/v2\/sitelocation\/[^/]+$/,
  /^\/api\/v2\/scripttemplates$/,
  /^\/api\/v2\/oc\/callingprofile$/,
];

/**
 * Encoded ".", "/", "\", "%" and NUL: a normalising hop could turn them into traversal. Also any
 * escaped byte above 0x7f: overlong UTF-8 ("%c0%ae") decodes to "." on lenient servers, and no
 * documented path needs a non-ASCII byte.
 */
const DANGEROUS_ESCAPES = /%(2e|2f|5c|25|00|[89a-f][0-9a-f])/i;
/** Only visible ASCII: no spaces, control characters or raw non-ASCII bytes in a path. */
const OUTSIDE_VISIBLE_ASCII = /[^\x21-\x7e]/;

function isTraversal(path: string): boolean {
  // ";" starts a path parameter: servlet containers and some proxies read "..;/" as "../".
  if (path.includes('\\') || path.includes('//') || path.includes(';')) return true;
  if (DANGEROUS_ESCAPES.test(path) || OUTSIDE_VISIBLE_ASCII.test(path)) return true;
  return path.split('/').some((segment) => segment === '.' || segment === '..');
}

/** Checks a raw request target ("/api/...?..."), as received, before anything decodes it. */
export function checkApiPath(rawUrl: string, method = 'GET'): PathCheck {
  const queryAt = rawUrl.indexOf('?');
  const path = queryAt < 0 ? rawUrl : rawUrl.slice(0, queryAt);
  if (isTraversal(path)) return { ok: false, status: 400, title: 'Bad request path' };
  if (GET_ONLY.some((pattern) => pattern.test(path))) {
    return method === 'GET' ? { ok: true, pathAndQuery: rawUrl } : { ok: false, status: 405, title: 'Method Not Allowed' };
  }
  if (!ALLOWED.some((pattern) => pattern.test(path))) return { ok: false, status: 404, title: 'Not Found' };
  return { ok: true, pathAndQuery: rawUrl };
}
