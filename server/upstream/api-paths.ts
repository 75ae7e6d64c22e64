/**
 * Traversal checks on a raw request target: they answer "/api/v3/customer/../../admin" and its
 * encoded forms with 400 before the table of calls (src/domain/api-calls.ts) is even asked, so a
 * hop that normalises paths can never turn a refused target into another one.
 */

export type PathCheck = { ok: true } | { ok: false; status: 400; title: string };

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
export function checkApiPath(rawUrl: string): PathCheck {
  const queryAt = rawUrl.indexOf('?');
  const path = queryAt < 0 ? rawUrl : rawUrl.slice(0, queryAt);
  if (isTraversal(path)) return { ok: false, status: 400, title: 'Bad request path' };
  return { ok: true };
}
