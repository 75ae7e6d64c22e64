import type { Kysely, Migration } from 'kysely';

/**
 * The console_session table (migration 0003_sessions, registered in server/store/migrations.ts):
 * one row per signed-in session, shared by every instance. Only what the console shows and checks;
 * the id itself is never stored (see session-secrets.ts).
 */

export type ConsoleSessionTable = {
  /** storeKeyOf(session id). */
  key: string;
  subject: string;
  name: string | null;
  email: string | null;
  role: string;
  /** The ID token for the provider's end-session call, sealed with a key derived from the session id. */
  id_token: string | null;
  created_at: Date;
  last_seen_at: Date;
  /** The earlier of the idle and absolute limits, as of the last request; expired rows are pruned by it. */
  expires_at: Date;
};

export type SessionTables = {
  console_session: ConsoleSessionTable;
};

export const sessionsMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('console_session')
      .addColumn('key', 'text', (c) => c.primaryKey())
      .addColumn('subject', 'text', (c) => c.notNull())
      .addColumn('name', 'text')
      .addColumn('email', 'text')
      .addColumn('role', 'text', (c) => c.notNull())
      .addColumn('id_token', 'text')
      .addColumn('created_at', 'timestamptz', (c) => c.notNull())
      .addColumn('last_seen_at', 'timestamptz', (c) => c.notNull())
      .addColumn('expires_at', 'timestamptz', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('console_session_expires_at').on('console_session').column('expires_at').execute();
  },
};
