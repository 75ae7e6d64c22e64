import { timingSafeEqual } from 'node:crypto';
import { randomPKCECodeVerifier, randomNonce, randomState } from 'openid-client';

/**
 * Sign-ins in progress: what /auth/login promised the identity provider (state, nonce, PKCE
 * verifier) and where to go afterwards, until /auth/callback redeems it once. Each is tied to
 * the browser that started it by a random "binding" cookie, so a callback URL replayed in
 * another browser (login CSRF, a leaked link) is refused. Keyed by state, so several tabs can
 * sign in at once.
 */

export interface LoginTransaction {
  state: string;
  nonce: string;
  codeVerifier: string;
  returnTo: string;
  binding: string;
  expiresAt: number;
}

export interface LoginTransactions {
  start(binding: string, returnTo: string): LoginTransaction;
  /** Removes and returns the transaction for `state` if it exists, is fresh and belongs to `binding`. */
  redeem(state: string, binding: string | undefined): LoginTransaction | undefined;
  readonly size: number;
}

export interface LoginTransactionOptions {
  ttlMs?: number;
  /** Anyone can start a sign-in, so the map is bounded; the oldest attempts give way. */
  max?: number;
  now?: () => number;
}

export const LOGIN_TTL_MS = 10 * 60_000;

function sameText(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

export function createLoginTransactions({ ttlMs = LOGIN_TTL_MS, max = 10_000, now = Date.now }: LoginTransactionOptions = {}): LoginTransactions {
  const pending = new Map<string, LoginTransaction>();

  return {
    start(binding, returnTo) {
      const at = now();
      // Insertion order is age order: drop the expired and, past the bound, the oldest.
      for (const [state, transaction] of pending) {
        if (transaction.expiresAt > at && pending.size < max) break;
        pending.delete(state);
      }
      const transaction: LoginTransaction = {
        state: randomState(),
        nonce: randomNonce(),
        codeVerifier: randomPKCECodeVerifier(),
        returnTo,
        binding,
        expiresAt: at + ttlMs,
      };
      pending.set(transaction.state, transaction);
      return transaction;
    },
    redeem(state, binding) {
      const transaction = pending.get(state);
      if (!transaction) return undefined;
      // One use only, whatever the outcome: a state that was tried once is burnt.
      pending.delete(state);
      if (transaction.expiresAt <= now() || binding === undefined || !sameText(binding, transaction.binding)) return undefined;
      return transaction;
    },
    get size() {
      return pending.size;
    },
  };
}
