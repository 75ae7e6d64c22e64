import type { AuditEntry, AuditFilter, VerifyResult } from '../../src/api/schemas/audit';

/**
 * The audit trail's contract: append-only entries, each chained to the one before by a hash, so
 * verify() finds the first entry that was altered, removed or slipped in. The SQL log
 * (sql-audit-log.ts) sits on the store; the in-memory one (memory-audit-log.ts) serves unit tests.
 * The entry's shape is the API's (src/api/schemas/audit.ts).
 */

export type { AuditAction, AuditActor, AuditEntry, AuditFilter, VerifyResult } from '../../src/api/schemas/audit';

/** What a caller gives; the log adds the number, the time and the hashes. */
export type AuditEntryInput = Omit<AuditEntry, 'seq' | 'at' | 'prevHash' | 'hash'>;


export interface AuditLog {
  append(entry: AuditEntryInput): Promise<AuditEntry>;
  /** Newest first. */
  list(filter?: AuditFilter): Promise<AuditEntry[]>;
  verify(): Promise<VerifyResult>;
  /** Retention: removes the entries of whole (UTC) days older than `days`; answers how many went. The SQL log has it. */
  prune?(days: number): Promise<number>;
}
