import { randomBytes } from 'node:crypto';

/**
 * Opaque bearer tokens the simulator issued, with their expiry. Opaque on purpose: the
 * console must treat a token as a string it forwards, never something it parses.
 */
export class TokenRegistry {
  readonly #expiresAt = new Map<string, number>();
  #issued = 0;
  #last: string | null = null;

  constructor(private readonly now: () => number = Date.now) {}

  issue(ttlSeconds: number): string {
    this.#prune();
    const token = randomBytes(32).toString('base64url');
    this.#expiresAt.set(token, this.now() + ttlSeconds * 1000);
    this.#issued += 1;
    this.#last = token;
    return token;
  }

  isValid(token: string): boolean {
    const expiresAt = this.#expiresAt.get(token);
    return expiresAt !== undefined && expiresAt > this.now();
  }

  /** Every token issued so far stops working: the next API call with one gets 401. */
  revokeAll(): void {
    this.#expiresAt.clear();
  }

  /** The most recently issued token (revoked or not), so end-to-end tests can prove it never leaks. */
  get lastIssued(): string | null {
    return this.#last;
  }

  get issuedCount(): number {
    return this.#issued;
  }

  get activeCount(): number {
    this.#prune();
    return this.#expiresAt.size;
  }

  resetCount(): void {
    this.#issued = 0;
  }

  #prune(): void {
    const now = this.now();
    for (const [token, expiresAt] of this.#expiresAt) if (expiresAt <= now) this.#expiresAt.delete(token);
  }
}

/** The token from `Authorization: Bearer <token>`, or null. The scheme is case-insensitive (RFC 9110). */
export function bearerToken(authorization: string | undefined): string | null {
  const match = /^Bearer +([A-Za-z0-9\-._~+/]+=*) *$/i.exec(authorization ?? '');
  return match?.[1] ?? null;
}
