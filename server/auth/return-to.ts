/**
 * Where /auth/login may send someone back to after signing in: a path on this console, nothing
 * else. Anything that a browser could read as another origin ("//evil.example", "/\evil.example",
 * "https://...", encoded or with control characters) is refused, so the login link cannot be
 * turned into an open redirect.
 */

const MAX_LENGTH = 2048;
const BASE = 'http://console.invalid';
/** Visible ASCII only: browsers drop tabs/newlines and treat "\" as "/", which is how "/\t/evil" tricks work. */
const VISIBLE_ASCII = /^[\x21-\x7e]*$/;

/** The normalised path + query, or null when `value` is not a same-origin relative path. */
export function safeReturnTo(value: unknown): string | null {
  if (typeof value !== 'string' || value.length === 0 || value.length > MAX_LENGTH) return null;
  if (!value.startsWith('/') || value.startsWith('//') || value.includes('\\') || !VISIBLE_ASCII.test(value)) return null;
  if (!URL.canParse(value, BASE)) return null;
  const url = new URL(value, BASE);
  if (url.origin !== BASE) return null;
  // After decoding, "/%2F%2Fevil" is still a path here, but must never become "//evil" in a Location header.
  if (url.pathname.startsWith('//')) return null;
  // Back into the sign-in machinery would only loop.
  if (url.pathname === '/auth' || url.pathname.startsWith('/auth/')) return null;
  return url.pathname + url.search;
}
