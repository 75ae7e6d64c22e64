import type { AuditEntry, AuditFilter } from './audit-log';

/** The list's filters, for the in-memory log (the SQL log says the same in WHERE clauses). */
export function matchesFilter(entry: AuditEntry, filter: AuditFilter): boolean {
  const lower = (text: string | null | undefined) => (text ?? '').toLowerCase();
  if (filter.person) {
    const person = lower(filter.person);
    const { actor } = entry;
    if (![actor.subject, actor.name, actor.email].some((value) => lower(value).includes(person))) return false;
  }
  if (filter.action && entry.action !== filter.action) return false;
  if (filter.outcome && entry.outcome.ok !== (filter.outcome === 'ok')) return false;
  if (filter.from && entry.at < filter.from) return false;
  if (filter.to && entry.at > filter.to) return false;
  if (filter.guid && lower(entry.guid) !== lower(filter.guid)) {
    const itsCreate = filter.shortName && entry.guid === null && entry.action === 'create' && lower(entry.shortName) === lower(filter.shortName);
    if (!itsCreate) return false;
  }
  if (filter.q) {
    const q = lower(filter.q);
    const haystack = [entry.actor.name, entry.actor.email, entry.resource, entry.shortName, entry.guid, entry.method].map(lower);
    if (!haystack.some((value) => value.includes(q))) return false;
  }
  return true;
}
