import { readFileSync } from 'node:fs';
import { readFile, rename, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, Migrator, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { migrationProvider } from './migrations';
import { PGliteDialect } from './pglite-dialect';
import type { Database } from './tables';

/**
 * The console's store: PostgreSQL everywhere, one dialect and one set of migrations. Embedded
 * (PGlite, in a folder or in memory) by default; a PostgreSQL server when DATABASE_URL is set,
 * which is how several instances share one state.
 */

export type StoreConfig = { kind: 'pglite'; dataDir: string | null } | { kind: 'postgres'; url: string };

/** Held while this instance is the poller; `lost` resolves if the lock's session ends. */
export interface LeaderLease {
  release(): Promise<void>;
  readonly lost: Promise<void>;
}

export interface Store {
  readonly db: Kysely<Database>;
  readonly kind: StoreConfig['kind'];
  /** The deployment-wide poller lock (PostgreSQL advisory lock); null when another instance holds it. */
  tryLeaderLock(): Promise<LeaderLease | null>;
  close(): Promise<void>;
}

export class StoreError extends Error {}

/** Chosen once; any bigint would do, as long as every instance uses the same. */
const POLLER_LOCK = 7_142_305_118_233_901n;

/** One line, no credentials (a connection string can carry a password). */
function reasonOf(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return (text.split('\n')[0] ?? 'unknown error').replace(/postgres(ql)?:\/\/\S+/gi, '<DATABASE_URL>');
}

async function migrate(db: Kysely<Database>): Promise<void> {
  const { error, results } = await new Migrator({ db, provider: migrationProvider }).migrateToLatest();
  if (error) {
    const failed = results?.find((result) => result.status === 'Error')?.migrationName;
    throw new StoreError(`store migration ${failed ?? ''} failed: ${reasonOf(error)}`.replace('  ', ' '));
  }
}

function postgresStore(url: string): Store {
  // Connection errors on idle pooled clients must not crash the process: the next query reports them.
  const pool = new pg.Pool({ connectionString: url, max: 5, connectionTimeoutMillis: 10_000 });
  pool.on('error', () => undefined);
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  // A session of its own for the poller lock: it holds the lock as long as it lives.
  let lockClient: pg.Client | null = null;
  let lockLost: Promise<void> = Promise.resolve();

  async function lockSession(): Promise<pg.Client> {
    if (lockClient) return lockClient;
    const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
    lockLost = new Promise((resolve) => {
      const drop = () => {
        if (lockClient === client) lockClient = null;
        resolve();
      };
      client.on('error', drop);
      client.on('end', drop);
    });
    await client.connect();
    lockClient = client;
    return client;
  }

  return {
    db,
    kind: 'postgres',
    async tryLeaderLock() {
      const client = await lockSession();
      const result = await client.query<{ locked: boolean }>('select pg_try_advisory_lock($1::bigint) as locked', [POLLER_LOCK.toString()]);
      if (!result.rows[0]?.locked) return null;
      const lost = lockLost;
      return {
        lost,
        async release() {
          if (lockClient !== client) return;
          await client.query('select pg_advisory_unlock($1::bigint)', [POLLER_LOCK.toString()]).catch(() => undefined);
        },
      };
    },
    async close() {
      const client = lockClient;
      lockClient = null;
      await client?.end().catch(() => undefined);
      await db.destroy();
    },
  };
}

/**
 * A fresh in-memory PGlite runs initdb in WebAssembly (5-20 s on a busy 2-core machine); starting
 * from a dump of an empty cluster takes a quarter of that. The dump is made once per PGlite version
 * and kept in the temp folder (written whole, then renamed, so a concurrent start never reads half).
 */
function templatePath(): string {
  let version = 'unknown';
  try {
    const text = readFileSync(new URL('../../node_modules/@electric-sql/pglite/package.json', import.meta.url), 'utf8');
    version = (JSON.parse(text) as { version?: string }).version ?? version;
  } catch {
    // No version to key on: the name still works, it is only a cache.
  }
  return join(tmpdir(), `live-platform-console-pglite-${version}.tar`);
}

async function memoryPGlite(): Promise<PGlite> {
  const path = templatePath();
  const template = await readFile(path).catch(() => null);
  if (template) {
    const fromTemplate = await PGlite.create({ loadDataDir: new Blob([template]) }).catch(() => null);
    if (fromTemplate) return fromTemplate;
  }
  const pglite = await PGlite.create();
  try {
    const dump = await pglite.dumpDataDir('none');
    const partial = `${path}.${process.pid}.part`;
    await writeFile(partial, Buffer.from(await dump.arrayBuffer()));
    await rename(partial, path);
  } catch {
    // Only a cache: the next start runs initdb again.
  }
  return pglite;
}

async function pgliteStore(dataDir: string | null): Promise<Store> {
  const pglite = dataDir ? await PGlite.create({ dataDir }) : await memoryPGlite();
  const db = new Kysely<Database>({ dialect: new PGliteDialect(pglite) });
  return {
    db,
    kind: 'pglite',
    // One process owns an embedded store, so it is always the poller.
    async tryLeaderLock() {
      return { lost: new Promise<void>(() => undefined), release: async () => undefined };
    },
    close: () => db.destroy(),
  };
}

/** Opens the store and brings its tables up to date; throws StoreError with a one-line reason. */
export async function openStore(config: StoreConfig): Promise<Store> {
  let store: Store | null = null;
  try {
    store = config.kind === 'postgres' ? postgresStore(config.url) : await pgliteStore(config.dataDir);
    await sql`select 1`.execute(store.db);
    await migrate(store.db);
    return store;
  } catch (error) {
    await store?.close().catch(() => undefined);
    if (error instanceof StoreError) throw error;
    const where = config.kind === 'postgres' ? 'the PostgreSQL server (DATABASE_URL)' : `the embedded store${config.dataDir ? ` in ${config.dataDir}` : ''}`;
    throw new StoreError(`cannot open ${where}: ${reasonOf(error)}`);
  }
}
