/**
 * Counting and ordering OVOC service statuses for the health summary.
 *
 * The vocabulary is open (statuses.ts): a status the console does not know ("DEGRADED") gets its own
 * bucket under its own spelling, and a service that sent no status at all is counted under
 * MISSING_STATUS_KEY, so the buckets always add up to the number of services.
 */
import { HEALTH_STATUSES } from './statuses';

/**
 * Bucket key for a service whose `status` was null or absent. Parentheses keep it apart from any vendor
 * word. Its words ("Not reported") are missingStatusLabel() in src/components/status-words.ts.
 */
export const MISSING_STATUS_KEY = '(none)';

/**
 * Attention order, most urgent first: ERROR, WARNING, then what is not watched or not understood
 * (UNMONITORED, unknown words, no status), then OK.
 */
const RANK: Record<string, number> = { ERROR: 0, WARNING: 1, UNMONITORED: 2, OK: 3 };
const UNKNOWN_RANK = 2;

/** The bucket key of a status value: the value as it came, or MISSING_STATUS_KEY. */
export function statusKey(status: string | null | undefined): string {
  return status === null || status === undefined || status === '' ? MISSING_STATUS_KEY : status;
}

/** Lower is more urgent. Unknown words and missing statuses rank with UNMONITORED. */
export function statusRank(status: string | null | undefined): number {
  return RANK[statusKey(status)] ?? UNKNOWN_RANK;
}

export interface StatusCount {
  key: string;
  count: number;
  /** One of the four documented words. */
  known: boolean;
}

/** Display order of the buckets: urgent first, OK last; unknowns after UNMONITORED, by name; "no status" last of those. */
export function compareStatusKeys(a: string, b: string): number {
  const byRank = statusRank(a) - statusRank(b);
  if (byRank !== 0) return byRank;
  const aKnown = a in RANK;
  const bKnown = b in RANK;
  if (aKnown !== bKnown) return aKnown ? -1 : 1;
  if (a === MISSING_STATUS_KEY || b === MISSING_STATUS_KEY) return a === MISSING_STATUS_KEY ? 1 : -1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Counts per status. The four documented statuses are always present (0 when none), any other value
 * that arrived gets its own entry. The sum of the counts equals `statuses.length`.
 */
export function countStatuses(statuses: Iterable<string | null | undefined>): StatusCount[] {
  const counts = new Map<string, number>();
  for (const status of statuses) {
    const key = statusKey(status);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return statusCountsOf(counts);
}

/** Counts already tallied per bucket key (e.g. by the server), in the same shape and order as countStatuses. */
export function statusCountsOf(tally: Iterable<readonly [string, number]>): StatusCount[] {
  const counts = new Map<string, number>(HEALTH_STATUSES.map((s) => [s, 0]));
  for (const [key, count] of tally) counts.set(key, (counts.get(key) ?? 0) + count);
  const known = new Set<string>(HEALTH_STATUSES);
  return [...counts]
    .map(([key, count]) => ({ key, count, known: known.has(key) }))
    .sort((a, b) => compareStatusKeys(a.key, b.key));
}

/** Total across buckets (the number of services counted). */
export function totalCount(counts: readonly StatusCount[]): number {
  return counts.reduce((sum, entry) => sum + entry.count, 0);
}
