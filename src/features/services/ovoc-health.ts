/**
 * The Health column of the services list: each customer joined to its OVOC service(s) with the
 * same rule as the customer page (domain/matching.ts), reduced to one filter/sort key per row.
 * Pure functions, no React.
 *
 * Keys are the status word exactly as OVOC sent it (the vocabulary is open), plus two of our own
 * that no vendor word spells: NOT_REPORTED (a service matched but sent no status) and NO_OVOC
 * (nothing matched). They are plain lowercase words so the URL stays `health=ERROR,no-ovoc`.
 *
 * Scale: the index is built once per data change and each row is one map lookup (O(n) overall);
 * a customer with no match shares one constant object instead of allocating its own.
 */
import type { OvocService, ServiceBrief } from '../../api/schemas';
import { buildOvocIndex, lookupOvoc, type MatchedBy } from '../../domain/matching';
import { MISSING_STATUS_LABEL } from '../../domain/ovoc-status-counts';
import { describeStatus, HEALTH_STATUSES, type Severity } from '../../domain/statuses';

export const NO_OVOC = 'no-ovoc';
export const NOT_REPORTED = 'not-reported';

export interface RowHealth {
  /** Filter/sort key: the worst matched status as sent, NOT_REPORTED, or NO_OVOC. */
  key: string;
  /** The matched service whose status is shown (the worst one); null when none matched. */
  service: OvocService | null;
  /** How many OVOC services matched the customer. */
  count: number;
  matchedBy: MatchedBy;
}

/** Health per customer row (the row objects themselves are the keys, so duplicate guids cannot collide). */
export type HealthLookup = ReadonlyMap<ServiceBrief, RowHealth>;

export interface HealthUnavailable {
  status: 'unavailable';
  /** Short reason for the header hint and each cell's tooltip ("Live Platform portal is not configured"). */
  title: string;
  /** What it means, in plain words (the documented meaning when the status has one). */
  meaning: string;
  /** Whether trying again can help. */
  retryable: boolean;
}

/** What the page knows about OVOC health: still loading, unavailable (and why), or joined to the rows. */
export type HealthState = { status: 'loading' } | HealthUnavailable | { status: 'ready'; lookup: HealthLookup };

const NONE: RowHealth = { key: NO_OVOC, service: null, count: 0, matchedBy: null };

/** The key of one service's status: the word as sent, or NOT_REPORTED when absent or blank. */
export function statusKeyOf(service: Pick<OvocService, 'status'>): string {
  const status: unknown = service.status;
  if (typeof status === 'number') return String(status);
  return typeof status === 'string' && status.trim() !== '' ? status : NOT_REPORTED;
}

/**
 * Attention order, most urgent first (the Health page's order, domain/ovoc-status-counts.ts):
 * ERROR, WARNING, UNMONITORED, words we do not know, no status reported, OK. NO_OVOC has no rank:
 * it sorts with the missing values, last in both directions.
 */
const RANK: Readonly<Record<string, number>> = { ERROR: 0, WARNING: 1, UNMONITORED: 2, [NOT_REPORTED]: 4, OK: 5 };
const UNKNOWN_RANK = 3;

export function healthRank(key: string): number | null {
  if (key === NO_OVOC) return null;
  return RANK[key] ?? UNKNOWN_RANK;
}

/** Display order of filter options: by rank, unknown words by name, "No OVOC service" last. */
export function compareHealthKeys(a: string, b: string): number {
  const ra = healthRank(a) ?? Number.POSITIVE_INFINITY;
  const rb = healthRank(b) ?? Number.POSITIVE_INFINITY;
  if (ra !== rb) return ra - rb;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The matched service with the most urgent status (the first one on a tie). */
export function worstService(services: readonly OvocService[]): OvocService | null {
  let worst: OvocService | null = null;
  let worstRank = Number.POSITIVE_INFINITY;
  for (const service of services) {
    const rank = healthRank(statusKeyOf(service)) ?? Number.POSITIVE_INFINITY;
    if (worst === null || rank < worstRank) {
      worst = service;
      worstRank = rank;
    }
  }
  return worst;
}

/** One O(n) pass: the index once, then one lookup per customer. */
export function joinHealth(rows: readonly ServiceBrief[], services: readonly OvocService[]): HealthLookup {
  const index = buildOvocIndex(services);
  const lookup = new Map<ServiceBrief, RowHealth>();
  for (const row of rows) {
    const match = lookupOvoc(index, { guid: row.umpCustomerGuid, shortName: row.customerShortName });
    const worst = worstService(match.services);
    lookup.set(
      row,
      worst === null ? NONE : { key: statusKeyOf(worst), service: worst, count: match.services.length, matchedBy: match.matchedBy },
    );
  }
  return lookup;
}

export function healthOf(lookup: HealthLookup, row: ServiceBrief): RowHealth {
  return lookup.get(row) ?? NONE;
}

/**
 * What the Health column sorts by: the attention rank, so ascending puts ERROR first. No OVOC service,
 * and every row while OVOC is not known, is a missing value (last in both directions).
 */
export function healthSortValue(lookup: HealthLookup | null, row: ServiceBrief): number | null {
  return lookup ? healthRank(healthOf(lookup, row).key) : null;
}

export function healthLabel(key: string): string {
  if (key === NO_OVOC) return 'No OVOC service';
  if (key === NOT_REPORTED) return MISSING_STATUS_LABEL;
  // Known words get their label ("Error"); anything else is shown exactly as it came.
  return describeStatus(key)?.label ?? key;
}

export function healthSeverity(key: string): Severity {
  if (key === NO_OVOC || key === NOT_REPORTED) return 'unknown';
  return describeStatus(key)?.severity ?? 'unknown';
}

/** What the Health page's search box needs to show this service (its name, else its id). */
export function serviceQuery(service: OvocService): string {
  return service.name ?? service.serviceName ?? (service.id === null ? '' : String(service.id));
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
