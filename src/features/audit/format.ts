/**
 * How an entry reads on the Audit page (in the person's language, messages.en.json) and in its CSV
 * (raw values and English headers, for the scripts that read it).
 */
import type { AuditAction, AuditEntry } from '../../api/schemas/audit';
import { toCsv } from '../../components/csv';
import { t } from './messages';

export const actionLabel = (action: AuditAction): string => t(`audit.action.${action}`);

export function personText(entry: AuditEntry): string {
  const { name, email, subject } = entry.actor;
  return name ?? email ?? subject ?? t('audit.person.unknown');
}

export function targetText(entry: AuditEntry): string {
  return [entry.shortName, entry.guid].filter((part): part is string => Boolean(part)).join(' · ');
}

export function outcomeText(entry: AuditEntry): string {
  const { status, ok, note } = entry.outcome;
  const head = ok ? t('audit.outcome.ok') : t('audit.outcome.failed');
  return [head, status === null ? t('audit.outcome.noAnswer') : String(status), note].filter(Boolean).join(' · ');
}

/** The entries as shown (newest first), every field an investigation needs; formula-safe (components/csv.ts). */
export function auditCsv(entries: readonly AuditEntry[]): string {
  return toCsv(
    ['Seq', 'Time (UTC)', 'Person', 'E-mail', 'Subject', 'Role', 'Action', 'Method', 'Resource', 'Short name', 'GUID', 'Status', 'Succeeded', 'Note', 'ErrorTicket', 'Trace id', 'Duration (ms)', 'Request id'],
    entries.map((entry) => [
      entry.seq,
      entry.at,
      entry.actor.name,
      entry.actor.email,
      entry.actor.subject,
      entry.actor.role,
      entry.action,
      entry.method,
      entry.resource,
      entry.shortName,
      entry.guid,
      entry.outcome.status,
      entry.outcome.ok ? 'yes' : 'no',
      entry.outcome.note,
      entry.outcome.errorTicket,
      entry.outcome.traceId,
      entry.outcome.durationMs,
      entry.requestId,
    ]),
  );
}

const pad = (n: number) => String(n).padStart(2, '0');

export function auditCsvFileName(date: Date = new Date()): string {
  return `audit-${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}.csv`;
}

/** A calendar day of the filter (local time) as the instant the server compares with. */
export function dayStart(day: string): string | undefined {
  return day ? new Date(`${day}T00:00:00`).toISOString() : undefined;
}

export function dayEnd(day: string): string | undefined {
  return day ? new Date(`${day}T23:59:59.999`).toISOString() : undefined;
}
