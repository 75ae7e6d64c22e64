// @vitest-environment node
import { sql } from 'kysely';
import { ENGINES, freshTestDatabase, OPEN_TIMEOUT_MS, type Engine } from '../store/engines';
import { openStore, type Store } from '../store/store';
import { csrfTokenOf, storeKeyOf } from './session-secrets';
import type { SessionStore, SessionUser } from './session-store';
import { createStoreSessionStore } from './store-session-store';

/** Sessions in the store, on embedded PGlite and on the PostgreSQL server. */

const alice: SessionUser = { subject: 'alice-sub', name: 'Alice Staff', email: 'alice@provider.example', role: 'admin' };
const ID_TOKEN = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJhbGljZS1zdWIifQ.c2lnbmF0dXJl';
const MINUTE = 60_000;

async function open(engine: Engine): Promise<Store> {
  if (engine === 'pglite') return openStore({ kind: 'pglite', dataDir: null });
  return openStore({ kind: 'postgres', url: await freshTestDatabase('sessions') });
}

describe.each(ENGINES)('sessions in the store on %s', (engine) => {
  let store: Store;
  let now = 0;
  const sessionsOn = (opened: Store | Promise<Store>, idleMs = 30 * MINUTE, absoluteMs = 8 * 60 * MINUTE): SessionStore =>
    createStoreSessionStore(opened)({ idleMs, absoluteMs, now: () => now });

  beforeAll(async () => {
    store = await open(engine);
  }, OPEN_TIMEOUT_MS);
  afterAll(async () => {
    await store?.close();
  });
  beforeEach(async () => {
    now = Date.parse('2026-03-02T09:00:00Z');
    await sql`truncate console_session`.execute(store.db);
  });

  it('keeps who signed in, serves the session to every instance on the store, and keeps the ID token for sign-out', async () => {
    const first = sessionsOn(store);
    const created = await first.create(alice, ID_TOKEN);
    expect(created.id).toMatch(/^[\w-]{43}$/);
    expect(created.csrfToken).toBe(csrfTokenOf(created.id));
    // Another instance (its own store object, as after a restart) knows it.
    const second = sessionsOn(Promise.resolve(store));
    now += MINUTE;
    const seen = await second.touch(created.id);
    expect(seen).toMatchObject({ id: created.id, user: alice, csrfToken: created.csrfToken, idToken: ID_TOKEN, createdAt: created.createdAt, lastSeenAt: now });
    expect(await first.count()).toBe(1);
  });

  it('stores neither the session id nor the ID token: a leaked row opens no session', async () => {
    const sessions = sessionsOn(store);
    const created = await sessions.create(alice, ID_TOKEN);
    const rows = await sql<Record<string, unknown>>`select * from console_session`.execute(store.db);
    expect(rows.rows).toHaveLength(1);
    const text = JSON.stringify(rows.rows);
    for (const secret of [created.id, created.csrfToken, ID_TOKEN, 'eyJ']) expect(text).not.toContain(secret);
    expect(rows.rows[0]).toMatchObject({ key: storeKeyOf(created.id), subject: 'alice-sub', name: 'Alice Staff', email: 'alice@provider.example', role: 'admin' });
    // What the row holds is no cookie value that works.
    expect(await sessions.touch(String(rows.rows[0]?.key))).toBeUndefined();
  });

  it('ends after the idle time without use, and at the absolute limit despite use', async () => {
    const sessions = sessionsOn(store, 30 * MINUTE, 120 * MINUTE);
    const start = now;
    const idle = await sessions.create(alice, undefined);
    const busy = await sessions.create(alice, undefined);
    now = start + 29 * MINUTE;
    expect(await sessions.touch(busy.id)).toBeDefined();
    now = start + 30 * MINUTE;
    expect(await sessions.touch(idle.id)).toBeUndefined();
    for (now = start + 50 * MINUTE; now < start + 120 * MINUTE; now += 20 * MINUTE) expect(await sessions.touch(busy.id), `at ${(now - start) / MINUTE} min`).toBeDefined();
    now = start + 120 * MINUTE;
    expect(await sessions.touch(busy.id)).toBeUndefined();
    expect(await sessions.count()).toBe(0);
  });

  it('applies a shortened idle limit (a new configuration) at once', async () => {
    const created = await sessionsOn(store, 60 * MINUTE).create(alice, undefined);
    now += 20 * MINUTE;
    expect(await sessionsOn(store, 15 * MINUTE).touch(created.id)).toBeUndefined();
  });

  it('signing out deletes the row: the session ends on every instance', async () => {
    const one = sessionsOn(store);
    const other = sessionsOn(store);
    const gone = await one.create(alice, ID_TOKEN);
    const kept = await one.create({ ...alice, subject: 'vera', role: 'viewer' }, undefined);
    await other.destroy(gone.id);
    expect(await one.touch(gone.id)).toBeUndefined();
    expect((await one.touch(kept.id))?.user.role).toBe('viewer');
    expect(await one.count()).toBe(1);
    const rows = await sql<{ n: number }>`select count(*)::int as n from console_session`.execute(store.db);
    expect(rows.rows[0]?.n).toBe(1);
  });

  it('prunes expired rows at the next sign-in', async () => {
    const sessions = sessionsOn(store, 30 * MINUTE, 60 * MINUTE);
    await sessions.create(alice, undefined);
    await sessions.create(alice, undefined);
    now += 31 * MINUTE;
    await sessions.create(alice, undefined);
    const rows = await sql<{ n: number }>`select count(*)::int as n from console_session`.execute(store.db);
    expect(rows.rows[0]?.n).toBe(1);
  });

  it('ignores a row whose role this version does not know', async () => {
    const sessions = sessionsOn(store);
    const created = await sessions.create(alice, undefined);
    await sql`update console_session set role = 'superuser'`.execute(store.db);
    expect(await sessions.touch(created.id)).toBeUndefined();
  });
});
