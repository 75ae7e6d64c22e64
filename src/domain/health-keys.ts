/**
 * The health key of an OVOC service as the services list files it, and which of several matched
 * services it shows. Kept apart from the list's UI code because the same rules run where OVOC's
 * answer is reduced (api/health-index, possibly in a Web Worker).
 *
 * Keys are the status word exactly as OVOC sent it (the vocabulary is open), plus two of our own
 * that no vendor word spells: NOT_REPORTED (a service matched but sent no status) and NO_OVOC
 * (nothing matched). They are plain lowercase words so the URL stays `health=ERROR,no-ovoc`.
 */

export const NO_OVOC = 'no-ovoc';
export const NOT_REPORTED = 'not-reported';

/** The key of one service's status: the word as sent, or NOT_REPORTED when absent or blank. */
export function statusKeyOf(service: { status?: unknown }): string {
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

/** The matched service with the most urgent status (the first one on a tie). */
export function worstService<S extends { status?: unknown }>(services: readonly S[]): S | null {
  let worst: S | null = null;
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

/** What the Health page's search box needs to show this service (its name, else its id). */
export function serviceQuery(service: {
  name?: string | null;
  serviceName?: string | null;
  id?: string | number | null;
}): string {
  return service.name ?? service.serviceName ?? (service.id === null || service.id === undefined ? '' : String(service.id));
}
