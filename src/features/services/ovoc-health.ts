/**
 * The Health column of the services list: labels, order, counts and filters over the per-row health
 * the server joins into GET /api/console/services (each customer matched to its OVOC service(s) with
 * the customer page's rule, domain/matching.ts). Keys: domain/health-keys.ts. Pure functions, no React.
 *
 * Each row carries its health (null: no match, read as one shared constant); a lookup table beside
 * the rows was a 50,000-entry Map of heap for what the row already holds.
 */
import type { ServiceBrief } from '../../api/schemas';
import type { ConsoleServiceRow, RowHealth as JoinedHealth } from '../../api/schemas/console-snapshot';
import { statusLabel } from '../../components/status-words';
import { healthRank, NO_OVOC, NOT_REPORTED } from '../../domain/health-keys';
import { describeStatus, HEALTH_STATUSES, type Severity } from '../../domain/statuses';
import { t } from './messages';

export { healthRank, NO_OVOC, NOT_REPORTED, statusKeyOf } from '../../domain/health-keys';
/** A row's health; a row with no OVOC match reads NONE (count 0, no match). */
export type RowHealth = JoinedHealth | { key: string; count: 0; matchedBy: null; query?: undefined; since: null };

/** What the page knows about OVOC health: not yet (no rows), or on every row. */
export type HealthState = { status: 'loading' } | { status: 'ready' };

const NONE: RowHealth = { key: NO_OVOC, count: 0, matchedBy: null, since: null };
const LOADING: HealthState = { status: 'loading' };
const READY: HealthState = { status: 'ready' };

/** The rows arrive with their health joined (GET /api/console/services), so it is known when they are. */
export const healthStateOf = (rows: readonly ConsoleServiceRow[] | undefined): HealthState => (rows ? READY : LOADING);

/** Display order of filter options: by rank, unknown words by name, "No OVOC service" last. */
export function compareHealthKeys(a: string, b: string): number {
  const ra = healthRank(a) ?? Number.POSITIVE_INFINITY;
  const rb = healthRank(b) ?? Number.POSITIVE_INFINITY;
  if (ra !== rb) return ra - rb;
  return a < b ? -1 : a > b ? 1 : 0;
}

export function healthOf(row: ConsoleServiceRow): RowHealth {
  return row.health ?? NONE;
}

/** The Health page search for a row's shown service (RowHealth.query: absent when it is the row's short name). */
export function healthQueryOf(health: RowHealth, row: ServiceBrief): string {
  return health.query ?? row.customerShortName;
}

/**
 * What the Health column sorts by: the attention rank, so ascending puts ERROR first. No OVOC service,
 * and every row while OVOC is not known, is a missing value (last in both directions).
 */
export function healthSortValue(known: boolean, row: ConsoleServiceRow): number | null {
  return known ? healthRank(healthOf(row).key) : null;
}

export function healthLabel(key: string): string {
  if (key === NO_OVOC) return t('services.health.noOvoc');
  if (key === NOT_REPORTED) return t('services.health.notReported');
  // Known words get the status vocabulary's label ("Error"); anything else is shown exactly as it came.
  return statusLabel(key);
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
export function countByHealth(rows: readonly ConsoleServiceRow[]): Map<string, number> {
  const counts = new Map<string, number>([...HEALTH_STATUSES, NO_OVOC].map((key) => [key, 0]));
  for (const row of rows) {
    const key = row.health?.key ?? NO_OVOC;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

export function filterByHealth(rows: readonly ConsoleServiceRow[], selected: readonly string[]): ConsoleServiceRow[] {
  if (selected.length === 0) return rows.slice();
  const wanted = new Set(selected);
  return rows.filter((row) => wanted.has(row.health?.key ?? NO_OVOC));
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
