import pg from 'pg';
import { sql } from 'kysely';
import { openStore, type Store } from './store';

/**
 * The engines the store suites run on: embedded PGlite (in memory) and the PostgreSQL server
 * (DATABASE_URL, else the machines' local server with the store_test database).
 */

export const TEST_DATABASE_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/store_test';

export const ENGINES = ['pglite', 'postgres'] as const;
export type Engine = (typeof ENGINES)[number];

/** PGlite's first start runs initdb in WebAssembly: seconds on a loaded 2-core machine. */
export const OPEN_TIMEOUT_MS = 120_000;

/** Makes the database of `url` when the server lacks it (a fresh machine); files racing to make it are fine. */
async function ensureDatabase(url: string): Promise<void> {
  const target = new URL(url);
  const name = target.pathname.slice(1);
  const admin = new pg.Client({ connectionString: Object.assign(new URL(url), { pathname: '/postgres' }).href });
  await admin.connect();
  try {
    const found = await admin.query('select 1 from pg_database where datname = $1', [name]);
    if (found.rowCount === 0) await admin.query(`create database "${name.replace(/"/g, '""')}"`);
  } catch (error) {
    // 42P04 duplicate_database, 23505 unique_violation: another file made it first.
    const code = (error as { code?: string }).code;
    if (code !== '42P04' && code !== '23505') throw error;
  } finally {
    await admin.end();
  }
}

export async function openTestStore(engine: Engine): Promise<Store> {
  if (engine === 'pglite') return openStore({ kind: 'pglite', dataDir: null });
  await ensureDatabase(TEST_DATABASE_URL);
  const store = await openStore({ kind: 'postgres', url: TEST_DATABASE_URL });
  await emptyStore(store);
  return store;
}

/** Back to the state right after the migrations (the suite shares one database). */
export async function emptyStore(store: Store): Promise<void> {
  await sql`truncate snapshot, status_change`.execute(store.db);
  await sql`update mirror_state set checked_at = null, stale_since = null, stale_reason = null, refresh_requested_at = null, refresh_allowed_at = null`.execute(store.db);
}

/**
 * A database of its own for one test file (files run in parallel), made anew on the test server:
 * `<store_test>_<suffix>`. Returns its URL.
 */
export async function freshTestDatabase(suffix: string): Promise<string> {
  const base = new URL(TEST_DATABASE_URL);
  const name = `${base.pathname.slice(1) || 'store_test'}_${suffix}`.replace(/[^a-z0-9_]/gi, '_');
  await ensureDatabase(TEST_DATABASE_URL);
  const admin = new pg.Client({ connectionString: TEST_DATABASE_URL });
  await admin.connect();
  try {
    await admin.query(`drop database if exists "${name}" with (force)`);
    await admin.query(`create database "${name}"`);
  } finally {
    await admin.end();
  }
  base.pathname = `/${name}`;
  return base.href;
}
