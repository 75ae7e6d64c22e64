/**
 * The Health column of the services list: labels, order, counts and filters over the per-row health
 * the server joins into GET /api/console/services (each customer matched to its OVOC service(s) with
 * the customer page's rule, domain/matching.ts). Keys: domain/health-keys.ts. Pure functions, no React.
 *
 * Scale: each row is one map lookup; a customer with no match has no entry and reads one shared
 * constant.
 */
import type { ServiceBrief } from '../../api/schemas';
import type { ConsoleServiceRow, RowHealth as JoinedHealth } from '../../api/schemas/console-snapshot';
import { statusLabel } from '../../components/status-words';
import { healthRank, NO_OVOC, NOT_REPORTED } from '../../domain/health-keys';
import { describeStatus, HEALTH_STATUSES, type HealthStatus, type Severity } from '../../domain/statuses';
import { t } from './messages';

const isHealthStatus = (key: string): key is HealthStatus => (HEALTH_STATUSES as readonly string[]).includes(key);

export { healthRank, NO_OVOC, NOT_REPORTED, statusKeyOf } from '../../domain/health-keys';
/** A row's health; a row with no OVOC match reads NONE (count 0, no match). */
export type RowHealth = JoinedHealth | { key: string; count: 0; matchedBy: null; query?: undefined; since: null };

/** Health per customer row (the row objects themselves are the keys, so duplicate guids cannot collide). */
export type HealthLookup = ReadonlyMap<ServiceBrief, RowHealth>;

/** What the page knows about OVOC health: not yet (no rows), or joined to the rows. */
export type HealthState = { status: 'loading' } | { status: 'ready'; lookup: HealthLookup };

const NONE: RowHealth = { key: NO_OVOC, count: 0, matchedBy: null, since: null };

/** The lookup of the server's joined rows: one entry per matched row, none for a row without a match. */
export function lookupOf(rows: readonly ConsoleServiceRow[]): HealthLookup {
  const lookup = new Map<ServiceBrief, RowHealth>();
  for (const row of rows) if (row.health) lookup.set(row, row.health);
  return lookup;
}

/** Display order of filter options: by rank, unknown words by name, "No OVOC service" last. */
export function compareHealthKeys(a: string, b: string): number {
  const ra = healthRank(a) ?? Number.POSITIVE_INFINITY;
  const rb = healthRank(b) ?? Number.POSITIVE_INFINITY;
  if (ra !== rb) return ra - rb;
  return a < b ? -1 : a > b ? 1 : 0;
}

export function healthOf(lookup: HealthLookup, row: ServiceBrief): RowHealth {
  return lookup.get(row) ?? NONE;
}

/** The Health page search for a row's shown service (RowHealth.query: absent when it is the row's short name). */
export function healthQueryOf(health: RowHealth, row: ServiceBrief): string {
  return health.query ?? row.customerShortName;
}

/**
 * What the Health column sorts by: the attention rank, so ascending puts ERROR first. No OVOC service,
 * and every row while OVOC is not known, is a missing value (last in both directions).
 */
export function healthSortValue(lookup: HealthLookup | null, row: ServiceBrief): number | null {
  return lookup ? healthRank(healthOf(lookup, row).key) : null;
}

export function healthLabel(key: string): string {
  if (key === NO_OVOC) return t('services.health.noOvoc');
  if (key === NOT_REPORTED) return t('services.health.notReported');
  // Known words get their label ("Error"); anything else is shown exactly as it came.
  return isHealthStatus(key) ? t(`services.health.status.${key}`) : (statusLabel(key) ?? key);
}

export function healthSeverity(key: string): Severity {
  if (key === NO_OVOC || key === NOT_REPORTED) return 'unknown';
  return describeStatus(key)?.severity ?? 'unknown';
}

/**
 * `/health?q=<name>` for a plain link (new tab, copy link). The router JSON-reads search values,
 * so a name that reads as JSON ("24124", "true") is written JSON-quoted to come back as text,
 * exactly as the router's own serializer would.
 */
export function healthHref(query: string): string {
  let value = query;
  try {
    JSON.parse(query);
    value = JSON.stringify(query);
  } catch {
    // Not JSON: written as it is.
  }
  return `/health?q=${encodeURIComponent(value)}`;
}

/** Rows per key. The four documented statuses and NO_OVOC are always present (0 when none). */
export function countByHealth<T>(items: readonly T[], lookup: HealthLookup, rowOf: (item: T) => ServiceBrief): Map<string, number> {
  const counts = new Map<string, number>([...HEALTH_STATUSES, NO_OVOC].map((key) => [key, 0]));
  for (const item of items) {
    const key = healthOf(lookup, rowOf(item)).key;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

export function filterByHealth<T>(
  items: readonly T[],
  selected: readonly string[],
  lookup: HealthLookup,
  rowOf: (item: T) => ServiceBrief,
): T[] {
  if (selected.length === 0) return items.slice();
  const wanted = new Set(selected);
  return items.filter((item) => wanted.has(healthOf(lookup, rowOf(item)).key));
}

export interface HealthOption {
  key: string;
  label: string;
  count: number;
}

/** Filter options in attention order: every counted key plus any selected one that no row has now. */
export function healthOptions(counts: ReadonlyMap<string, number>, selected: readonly string[]): HealthOption[] {
  const keys = new Set([...counts.keys(), ...selected]);
  return [...keys].sort(compareHealthKeys).map((key) => ({ key, label: healthLabel(key), count: counts.get(key) ?? 0 }));
}

/** Canonical form kept in the URL: unique, attention order. */
export function normalizeHealth(keys: Iterable<string>): string[] {
  return [...new Set(keys)].sort(compareHealthKeys);
}
