/**
 * The CSRF token of the signed-in session. The server puts it in a cookie that scripts on this
 * origin can read (lpc_csrf, or __Host-lpc_csrf over https) and requires it back in the
 * X-CSRF-Token header of every state-changing call; a page on another site can do neither.
 * Read at call time, so a new sign-in's token is picked up without a reload.
 */

export const CSRF_HEADER = 'X-CSRF-Token';
const COOKIE_NAMES = ['__Host-lpc_csrf', 'lpc_csrf'];

/** The token, or undefined when not signed in (or sign-in is not configured: then none is needed). */
export function csrfToken(cookieHeader: string = typeof document === 'undefined' ? '' : document.cookie): string | undefined {
  const cookies = new Map<string, string>();
  for (const part of cookieHeader.split(';')) {
    const at = part.indexOf('=');
    if (at > 0) cookies.set(part.slice(0, at).trim(), part.slice(at + 1).trim());
  }
  for (const name of COOKIE_NAMES) {
    const value = cookies.get(name);
    if (value) return value;
  }
  return undefined;
}

/** The header to add to a request with `method`, if any. */
export function csrfHeaders(method: string): Record<string, string> {
  if (method === 'GET' || method === 'HEAD') return {};
  const token = csrfToken();
  return token ? { [CSRF_HEADER]: token } : {};
}
