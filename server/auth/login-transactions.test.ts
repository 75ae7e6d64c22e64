// @vitest-environment node
import { createLoginTransactions, MAX_SEALED_LENGTH } from './login-transactions';
import { deriveKey } from './seal';

const key = deriveKey('a test secret that is long enough to use', 'sign-in in progress');
const otherKey = deriveKey('another secret, of another deployment', 'sign-in in progress');

describe('sign-ins in progress (an encrypted cookie)', () => {
  it('are redeemed once, with the cookie of the browser that started them, before they expire', () => {
    let now = 0;
    const logins = createLoginTransactions({ keys: [key], ttlMs: 1000, now: () => now });
    const started = logins.start(undefined, '/health');
    expect(started.transaction.codeVerifier.length).toBeGreaterThanOrEqual(43);
    // Another browser has no cookie, or its own.
    expect(logins.redeem(undefined, started.transaction.state).transaction).toBeUndefined();
    expect(logins.redeem(logins.start(undefined, '/').sealed, started.transaction.state).transaction).toBeUndefined();

    const redeemed = logins.redeem(started.sealed, started.transaction.state);
    expect(redeemed.transaction).toEqual(started.transaction);
    // Spent: the cookie that comes back no longer holds it.
    expect(redeemed.sealed).toBeNull();

    const late = logins.start(undefined, '/');
    now = 1000;
    expect(logins.redeem(late.sealed, late.transaction.state).transaction).toBeUndefined();
  });

  it('lets several tabs sign in at once, keeping the newest few', () => {
    const logins = createLoginTransactions({ keys: [key], max: 3 });
    let sealed: string | undefined;
    const states: string[] = [];
    for (const page of ['/a', '/b', '/c', '/d']) {
      const started = logins.start(sealed, page);
      sealed = started.sealed;
      states.push(started.transaction.state);
    }
    expect(logins.redeem(sealed, states[0] ?? '').transaction).toBeUndefined();
    const c = logins.redeem(sealed, states[2] ?? '');
    expect(c.transaction?.returnTo).toBe('/c');
    expect(logins.redeem(c.sealed ?? undefined, states[2] ?? '').transaction).toBeUndefined();
    expect(logins.redeem(c.sealed ?? undefined, states[3] ?? '').transaction?.returnTo).toBe('/d');
    expect(logins.redeem(c.sealed ?? undefined, states[1] ?? '').transaction?.returnTo).toBe('/b');
  });

  it('keeps the cookie within what browsers store, dropping the oldest', () => {
    const logins = createLoginTransactions({ keys: [key] });
    const long = `/services?q=${'x'.repeat(2000)}`;
    let sealed: string | undefined;
    let last = '';
    for (let i = 0; i < 4; i += 1) {
      const started = logins.start(sealed, long);
      sealed = started.sealed;
      last = started.transaction.state;
      expect(sealed.length).toBeLessThanOrEqual(MAX_SEALED_LENGTH);
    }
    expect(logins.redeem(sealed, last).transaction?.returnTo).toBe(long);
  });

  it('reveals nothing and opens only with this deployment\'s key; a rotated-out key still opens', () => {
    const logins = createLoginTransactions({ keys: [key] });
    const { transaction, sealed } = logins.start(undefined, '/customers/new');
    const raw = Buffer.from(sealed, 'base64url').toString('latin1');
    for (const value of [transaction.state, transaction.nonce, transaction.codeVerifier, '/customers/new']) expect(raw).not.toContain(value);

    expect(createLoginTransactions({ keys: [otherKey] }).redeem(sealed, transaction.state).transaction).toBeUndefined();
    expect(createLoginTransactions({ keys: [otherKey, key] }).redeem(sealed, transaction.state).transaction).toEqual(transaction);

    const bytes = Buffer.from(sealed, 'base64url');
    bytes[bytes.length - 1] = (bytes[bytes.length - 1] ?? 0) ^ 1;
    expect(logins.redeem(bytes.toString('base64url'), transaction.state).transaction).toBeUndefined();
    expect(logins.redeem('not-sealed-at-all', transaction.state).transaction).toBeUndefined();
  });
});
