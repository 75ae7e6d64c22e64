import type { Role } from '../../src/domain/api-calls';

/**
 * The audit trail's contract: append-only entries, each chained to the one before by a hash, so
 * verify() finds the first entry that was altered, removed or slipped in. The SQL log
 * (sql-audit-log.ts) sits on the store; the in-memory one (memory-audit-log.ts) serves unit tests.
 */

export type AuditAction = 'create' | 'delete' | 'sign-in' | 'sign-out' | 'refused';

export interface AuditActor {
  subject: string | null;
  name: string | null;
  email: string | null;
  role: Role | null;
}

export interface AuditEntryInput {
  actor: AuditActor;
  action: AuditAction;
  /** e.g. "POST /api/v2/customer"; for sign-in events, the route. */
  method: string;
  resource: string;
  shortName: string | null;
  guid: string | null;
  /** The request body with every secret left out (summarize.ts). */
  summary: Record<string, unknown> | null;
  outcome: {
    /** HTTP status answered, or null when the call never finished (client gone). */
    status: number | null;
    ok: boolean;
    /** "timeout", "unreachable", "forbidden", ... when it did not succeed. */
    note: string | null;
    errorTicket: string | null;
    traceId: string | null;
    durationMs: number | null;
  };
  requestId: string;
}

export interface AuditEntry extends AuditEntryInput {
  /** 1, 2, 3, ... without gaps. */
  seq: number;
  at: string;
  prevHash: string;
  hash: string;
}

export interface AuditFilter {
  person?: string;
  action?: AuditAction;
  outcome?: 'ok' | 'failed';
  from?: string;
  to?: string;
  /** Free text over names, resource, short name and guid. */
  q?: string;
  guid?: string;
  limit?: number;
}

export type VerifyResult =
  | { ok: true; checked: number }
  | { ok: false; checked: number; firstBadSeq: number; problem: 'altered' | 'removed' | 'inserted' };

export interface AuditLog {
  append(entry: AuditEntryInput): Promise<AuditEntry>;
  /** Newest first. */
  list(filter?: AuditFilter): Promise<AuditEntry[]>;
  verify(): Promise<VerifyResult>;
  /** Retention: removes the entries of whole (UTC) days older than `days`; answers how many went. The SQL log has it. */
  prune?(days: number): Promise<number>;
}
