import { sql, type Kysely, type Migration } from 'kysely';

/**
 * Migration 0002_audit (registered in store/migrations.ts): the audit trail. `audit_entry` is
 * append-only (sql-audit-log.ts inserts, and deletes only whole days past retention); `audit_chain`
 * is its one head row: the last seq and hash (appends lock it, so instances sharing a database
 * chain one after another) and where retention cut the chain off.
 */
export const auditMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('audit_entry')
      .addColumn('seq', 'bigint', (c) => c.primaryKey())
      .addColumn('at', 'timestamptz', (c) => c.notNull())
      .addColumn('actor_subject', 'text')
      .addColumn('actor_name', 'text')
      .addColumn('actor_email', 'text')
      .addColumn('actor_role', 'text')
      .addColumn('action', 'text', (c) => c.notNull())
      .addColumn('method', 'text', (c) => c.notNull())
      .addColumn('resource', 'text', (c) => c.notNull())
      .addColumn('short_name', 'text')
      .addColumn('guid', 'text')
      // JSON text, not jsonb: jsonb would refuse a \u0000 a client can put in a body.
      .addColumn('summary', 'text')
      .addColumn('status', 'integer')
      .addColumn('ok', 'boolean', (c) => c.notNull())
      .addColumn('note', 'text')
      .addColumn('error_ticket', 'text')
      .addColumn('trace_id', 'text')
      .addColumn('duration_ms', 'integer')
      .addColumn('request_id', 'text', (c) => c.notNull())
      .addColumn('prev_hash', 'text', (c) => c.notNull())
      .addColumn('hash', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('audit_entry_at').on('audit_entry').column('at').execute();
    await db.schema.createIndex('audit_entry_guid').on('audit_entry').expression(sql`lower(guid)`).execute();
    await db.schema
      .createTable('audit_chain')
      .addColumn('id', 'integer', (c) => c.primaryKey().check(sql`id = 1`))
      .addColumn('last_seq', 'bigint', (c) => c.notNull())
      .addColumn('last_hash', 'text', (c) => c.notNull())
      // The last entry retention removed (seq 0 and the genesis hash while nothing was pruned).
      .addColumn('pruned_seq', 'bigint', (c) => c.notNull())
      .addColumn('pruned_hash', 'text', (c) => c.notNull())
      .execute();
    const genesis = '0'.repeat(64);
    await sql`insert into audit_chain (id, last_seq, last_hash, pruned_seq, pruned_hash) values (1, 0, ${genesis}, 0, ${genesis})`.execute(db);
  },
};
