import { createHash, timingSafeEqual } from 'node:crypto';

/** Compares a request's "Authorization: Bearer ..." with the metrics token in constant time. */
export function hasMetricsToken(authorization: string | undefined, token: string): boolean {
  const match = /^Bearer ([\x21-\x7e]+)$/i.exec(authorization ?? '');
  if (!match?.[1]) return false;
  // Hashing first gives equal lengths, so not even the token's length leaks through timing.
  const digest = (text: string) => createHash('sha256').update(text).digest();
  return timingSafeEqual(digest(match[1]), digest(token));
}
