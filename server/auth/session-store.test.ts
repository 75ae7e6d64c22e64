// @vitest-environment node
import { parseCookies, serializeCookie } from './cookies';
import { createSessionStore } from './session-store';

const user = { subject: 'alice', name: 'Alice', email: 'alice@example.com', role: 'viewer' as const };

describe('session store', () => {
  it('makes 32-byte base64url ids and CSRF tokens, all distinct', async () => {
    const store = createSessionStore({ idleMs: 1000, absoluteMs: 10_000 });
    const sessions = await Promise.all(Array.from({ length: 50 }, () => store.create(user, undefined)));
    const values = sessions.flatMap((session) => [session.id, session.csrfToken]);
    expect(values.every((value) => /^[\w-]{43}$/.test(value) && Buffer.from(value, 'base64url').length === 32)).toBe(true);
    expect(new Set(values).size).toBe(100);
  });

  it('expires after the idle time without use, and at the absolute limit despite use', async () => {
    let now = 0;
    const store = createSessionStore({ idleMs: 1000, absoluteMs: 2500, now: () => now });
    const idle = await store.create(user, undefined);
    const busy = await store.create(user, undefined);
    now = 900;
    expect(await store.touch(busy.id)).toBe(busy);
    now = 1000;
    expect(await store.touch(idle.id)).toBeUndefined();
    for (now = 1800; now < 2500; now += 600) expect(await store.touch(busy.id)).toBe(busy);
    now = 2500;
    expect(await store.touch(busy.id)).toBeUndefined();
    expect(await store.count()).toBe(0);
  });

  it('forgets destroyed sessions, and counts only those not expired', async () => {
    let now = 0;
    const store = createSessionStore({ idleMs: 1000, absoluteMs: 5000, now: () => now });
    const gone = await store.create(user, 'id-token');
    await store.create(user, undefined);
    await store.destroy(gone.id);
    expect(await store.touch(gone.id)).toBeUndefined();
    expect(await store.count()).toBe(1);
    now = 2000;
    expect(await store.count()).toBe(0);
    await store.create(user, undefined);
    expect(await store.count()).toBe(1);
  });
});

describe('cookies', () => {
  it('parses a Cookie header, first occurrence winning', () => {
    expect([...parseCookies('a=1; b=two;c=; a=3; junk; =x')]).toEqual([['a', '1'], ['b', 'two'], ['c', '']]);
    expect(parseCookies(undefined).size).toBe(0);
  });

  it('writes Set-Cookie lines and refuses values that would need escaping', () => {
    expect(serializeCookie('__Host-x', 'abc_-1', { httpOnly: true, secure: true, sameSite: 'Lax', maxAgeSeconds: 60 })).toBe(
      '__Host-x=abc_-1; Path=/; SameSite=Lax; Max-Age=60; HttpOnly; Secure',
    );
    expect(() => serializeCookie('x', 'a;b', { httpOnly: false, secure: false, sameSite: 'Lax' })).toThrow('invalid value for cookie x');
    expect(() => serializeCookie('x y', 'a', { httpOnly: false, secure: false, sameSite: 'Lax' })).toThrow('invalid cookie name');
  });
});
