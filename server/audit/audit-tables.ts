import type { ColumnType } from 'kysely';

/** The audit tables as Kysely sees them (audit-migration.ts creates them); joined to the store's with withTables. */

/** bigint: the pg driver answers a string, PGlite a number or a bigint; read with Number(). */
type BigIntColumn = ColumnType<string | number | bigint, number, number>;

export interface AuditEntryTable {
  seq: BigIntColumn;
  at: Date;
  actor_subject: string | null;
  actor_name: string | null;
  actor_email: string | null;
  actor_role: string | null;
  action: string;
  method: string;
  resource: string;
  short_name: string | null;
  guid: string | null;
  summary: string | null;
  status: number | null;
  ok: boolean;
  note: string | null;
  error_ticket: string | null;
  trace_id: string | null;
  duration_ms: number | null;
  request_id: string;
  prev_hash: string;
  hash: string;
}

export interface AuditChainTable {
  id: number;
  last_seq: BigIntColumn;
  last_hash: string;
  pruned_seq: BigIntColumn;
  pruned_hash: string;
}

// A type, not an interface: withTables() wants an index signature, which only type aliases get implicitly.
export type AuditTables = {
  audit_entry: AuditEntryTable;
  audit_chain: AuditChainTable;
};
