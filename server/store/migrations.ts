import { sql, type Kysely, type Migration, type MigrationProvider } from 'kysely';
import { auditMigration } from '../audit/audit-migration';
import { sessionsMigration } from '../auth/session-table';

/**
 * The store's migrations, applied in name order at start (Kysely's Migrator, under its
 * PostgreSQL advisory lock, so instances starting together apply each once). Never edit one
 * that has shipped: add the next.
 */

const migrations: Record<string, Migration> = {
  '0001_snapshot_and_history': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('snapshot')
        .addColumn('version', 'integer', (c) => c.primaryKey())
        .addColumn('taken_at', 'timestamptz', (c) => c.notNull())
        .addColumn('content_hash', 'text', (c) => c.notNull())
        .addColumn('services', 'text', (c) => c.notNull())
        .addColumn('health', 'text', (c) => c.notNull())
        .addColumn('skipped_customers', 'integer', (c) => c.notNull())
        .addColumn('skipped_ovoc', 'integer', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('mirror_state')
        .addColumn('id', 'integer', (c) => c.primaryKey().check(sql`id = 1`))
        .addColumn('checked_at', 'timestamptz')
        .addColumn('stale_since', 'timestamptz')
        .addColumn('stale_reason', 'text')
        .addColumn('refresh_requested_at', 'timestamptz')
        .addColumn('refresh_allowed_at', 'timestamptz')
        .execute();
      await sql`insert into mirror_state (id) values (1)`.execute(db);
      await db.schema
        .createTable('status_change')
        .addColumn('id', 'integer', (c) => c.primaryKey().generatedAlwaysAsIdentity())
        .addColumn('service_key', 'text', (c) => c.notNull())
        .addColumn('name', 'text')
        .addColumn('field', 'text', (c) => c.notNull())
        .addColumn('from_value', 'text')
        .addColumn('to_value', 'text')
        .addColumn('at', 'timestamptz', (c) => c.notNull())
        .addColumn('first_seen', 'boolean', (c) => c.notNull())
        .addColumn('version', 'integer', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('status_change_key_at').on('status_change').columns(['service_key', 'at']).execute();
      await db.schema.createIndex('status_change_at').on('status_change').column('at').execute();
      await db.schema.createIndex('status_change_version').on('status_change').column('version').execute();
    },
  },
  '0002_audit': auditMigration,
  '0003_sessions': sessionsMigration,
  '0004_snapshot_unreadable_rows': {
    async up(db: Kysely<unknown>) {
      // JSON of the first unreadable rows of each vendor list (SnapshotMeta['unreadableRows']).
      await db.schema
        .alterTable('snapshot')
        .addColumn('unreadable', 'text', (c) => c.notNull().defaultTo('{"customers":[],"ovocServices":[]}'))
        .execute();
    },
  },
};

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => migrations,
};
