/**
 * Just enough of RFC 6265 for the console's own cookies: reading the Cookie header and writing
 * Set-Cookie. Our values are always base64url, so no escaping is needed, and anything else is
 * refused rather than quietly encoded.
 */

export interface CookieOptions {
  httpOnly: boolean;
  secure: boolean;
  sameSite: 'Lax' | 'Strict';
  /** Omitted = a browser-session cookie; 0 = delete now. */
  maxAgeSeconds?: number;
}

const TOKEN = /^[A-Za-z0-9_-]*$/;
const NAME = /^[A-Za-z0-9_-]+$/;

/** Name -> value. The first occurrence wins, as in browsers' own ordering (most specific path first). */
export function parseCookies(header: string | undefined): Map<string, string> {
  const cookies = new Map<string, string>();
  if (!header) return cookies;
  for (const part of header.split(';')) {
    const at = part.indexOf('=');
    if (at < 0) continue;
    const name = part.slice(0, at).trim();
    const value = part.slice(at + 1).trim();
    if (name && !cookies.has(name)) cookies.set(name, value);
  }
  return cookies;
}

export function serializeCookie(name: string, value: string, options: CookieOptions): string {
  if (!NAME.test(name.replace(/^__(Host|Secure)-/, ''))) throw new Error(`invalid cookie name ${name}`);
  if (!TOKEN.test(value)) throw new Error(`invalid value for cookie ${name}`);
  // Path=/ and no Domain: the cookie belongs to this exact host, which the __Host- prefix requires.
  const parts = [`${name}=${value}`, 'Path=/', `SameSite=${options.sameSite}`];
  if (options.maxAgeSeconds !== undefined) parts.push(`Max-Age=${Math.max(0, Math.floor(options.maxAgeSeconds))}`);
  if (options.httpOnly) parts.push('HttpOnly');
  if (options.secure) parts.push('Secure');
  return parts.join('; ');
}

export function expiredCookie(name: string, options: Omit<CookieOptions, 'maxAgeSeconds'>): string {
  return serializeCookie(name, '', { ...options, maxAgeSeconds: 0 });
}
