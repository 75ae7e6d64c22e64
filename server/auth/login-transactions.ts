import { timingSafeEqual } from 'node:crypto';
import { randomPKCECodeVerifier, randomNonce, randomState } from 'openid-client';
import { z } from 'zod';
import { seal, unseal } from './seal';

/**
 * Sign-ins in progress: what /auth/login promised the identity provider (state, nonce, PKCE
 * verifier) and where to go afterwards, until /auth/callback redeems it once. They travel in the
 * browser that started them, in one encrypted and authenticated cookie (AES-256-GCM, key from
 * CONSOLE_SESSION_SECRET), so whichever instance the callback lands on can finish the sign-in, and
 * a callback URL replayed in another browser (login CSRF, a leaked link) finds nothing to redeem.
 * A few at once, keyed by state, so several tabs can sign in together.
 */

export interface LoginTransaction {
  state: string;
  nonce: string;
  codeVerifier: string;
  returnTo: string;
  expiresAt: number;
}

export interface LoginTransactions {
  /** A new sign-in beside the browser's others (`sealed`, its cookie, if any); `sealed` is the cookie's new value. */
  start(sealed: string | undefined, returnTo: string): { transaction: LoginTransaction; sealed: string };
  /**
   * The transaction for `state` if this browser's cookie holds it, fresh. It is gone from the
   * returned cookie value either way (null: nothing left, clear the cookie); one use only.
   */
  redeem(sealed: string | undefined, state: string): { transaction: LoginTransaction | undefined; sealed: string | null };
}

export interface LoginTransactionOptions {
  /** The first seals; all open (a secret being rotated). */
  keys: readonly Buffer[];
  ttlMs?: number;
  /** Sign-ins kept in one browser at once; the oldest give way. */
  max?: number;
  now?: () => number;
}

export const LOGIN_TTL_MS = 10 * 60_000;
/** Browsers keep cookies up to 4096 bytes, name and attributes included. */
export const MAX_SEALED_LENGTH = 3800;
const PURPOSE = 'sign-in in progress v1';

const transactionList = z.array(
  z.object({ state: z.string(), nonce: z.string(), codeVerifier: z.string(), returnTo: z.string(), expiresAt: z.number() }),
);

function sameText(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

export function createLoginTransactions({ keys, ttlMs = LOGIN_TTL_MS, max = 4, now = Date.now }: LoginTransactionOptions): LoginTransactions {
  const [sealingKey] = keys;
  if (!sealingKey) throw new Error('createLoginTransactions needs a key');

  /** The browser's live transactions; anything unreadable (altered, another key, old format) counts as none. */
  function open(sealed: string | undefined): LoginTransaction[] {
    if (sealed === undefined) return [];
    const text = unseal(keys, PURPOSE, sealed);
    if (text === null) return [];
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      return [];
    }
    const list = transactionList.safeParse(parsed);
    const at = now();
    return list.success ? list.data.filter((transaction) => transaction.expiresAt > at) : [];
  }

  /** Oldest first; drops the oldest until the cookie fits. */
  function close(transactions: LoginTransaction[]): string | null {
    let kept = transactions.slice(-max);
    while (kept.length > 0) {
      const sealed = seal(sealingKey as Buffer, PURPOSE, JSON.stringify(kept));
      if (sealed.length <= MAX_SEALED_LENGTH) return sealed;
      kept = kept.slice(1);
    }
    return null;
  }

  return {
    start(sealed, returnTo) {
      const transaction: LoginTransaction = {
        state: randomState(),
        nonce: randomNonce(),
        codeVerifier: randomPKCECodeVerifier(),
        returnTo,
        expiresAt: now() + ttlMs,
      };
      // returnTo is at most 2048 characters (return-to.ts), so the new one alone always fits.
      return { transaction, sealed: close([...open(sealed), transaction]) ?? '' };
    },
    redeem(sealed, state) {
      const pending = open(sealed);
      const transaction = pending.find((candidate) => sameText(candidate.state, state));
      return { transaction, sealed: close(pending.filter((candidate) => candidate !== transaction)) };
    },
  };
}
