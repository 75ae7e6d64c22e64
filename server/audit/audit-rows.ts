import type { Insertable, Selectable } from 'kysely';
import type { Role } from '../../src/domain/api-calls';
import type { AuditAction, AuditEntry, AuditEntryInput } from './audit-log';
import type { AuditEntryTable } from './audit-tables';

/** An entry to and from its row; what is read back must hash exactly as what was written. */

export function toRow(entry: AuditEntry): Insertable<AuditEntryTable> {
  const { actor, outcome } = entry;
  return {
    seq: entry.seq,
    at: new Date(entry.at),
    actor_subject: actor.subject,
    actor_name: actor.name,
    actor_email: actor.email,
    actor_role: actor.role,
    action: entry.action,
    method: entry.method,
    resource: entry.resource,
    short_name: entry.shortName,
    guid: entry.guid,
    summary: entry.summary === null ? null : JSON.stringify(entry.summary),
    status: outcome.status,
    ok: outcome.ok,
    note: outcome.note,
    error_ticket: outcome.errorTicket,
    trace_id: outcome.traceId,
    duration_ms: outcome.durationMs,
    request_id: entry.requestId,
    prev_hash: entry.prevHash,
    hash: entry.hash,
  };
}

function parseSummary(text: string | null): Record<string, unknown> | null {
  if (text === null) return null;
  try {
    const parsed: unknown = JSON.parse(text);
    return parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : { unreadable: text };
  } catch {
    // Altered by hand into something else: shown as it is, and verify reports the entry.
    return { unreadable: text };
  }
}

/** Read as stored, unchecked: a value altered in the database must reach the hash as it is, for verify to see it. */
export function fromRow(row: Selectable<AuditEntryTable>): AuditEntry {
  return {
    seq: Number(row.seq),
    at: row.at.toISOString(),
    actor: { subject: row.actor_subject, name: row.actor_name, email: row.actor_email, role: row.actor_role as Role | null },
    action: row.action as AuditAction,
    method: row.method,
    resource: row.resource,
    shortName: row.short_name,
    guid: row.guid,
    summary: parseSummary(row.summary),
    outcome: { status: row.status, ok: row.ok, note: row.note, errorTicket: row.error_ticket, traceId: row.trace_id, durationMs: row.duration_ms },
    requestId: row.request_id,
    prevHash: row.prev_hash,
    hash: row.hash,
  };
}

/**
 * PostgreSQL text cannot hold U+0000, which a client can put in a body: replaced before the entry is
 * sealed, so the row holds exactly what was hashed.
 */
export function storable(input: AuditEntryInput): AuditEntryInput {
  return JSON.parse(JSON.stringify(input), (_key, value: unknown) => (typeof value === 'string' ? value.replaceAll('\u0000', '\uFFFD') : value)) as AuditEntryInput;
}
