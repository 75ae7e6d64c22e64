/**
 * Search params of `/health`. Used as the route's `validateSearch`; read them in the page with
 * `getRouteApi('/health').useSearch()`. Every field falls back to its default when malformed, so a
 * hand-edited or stale link never breaks the page.
 * Lists are open sets of words (status, OVOC license type, source) so unknown values pass through.
 */
import { z } from 'zod';
import { sortParam, stringListParam, textParam } from '../../components/search-params';

/** OVOC ids are longs: 1 to 18 digits. */
const ID_PATTERN = /^\d{1,18}$/;

/** The OVOC customer shown in the side panel (`?customer=79192`); '' = panel closed. */
function customerIdParam() {
  const toId = (raw: unknown): string => {
    const text = typeof raw === 'number' && Number.isSafeInteger(raw) ? String(raw) : typeof raw === 'string' ? raw.trim() : '';
    return ID_PATTERN.test(text) ? text : '';
  };
  return z.preprocess<string, z.ZodString, string>(toId, z.string()).default('').catch('');
}

export const healthSearchSchema = z.object({
  q: textParam(),
  /** Status words to show (OK, WARNING, ERROR, UNMONITORED, or others; "(none)" = no status); [] means all. */
  status: stringListParam(),
  /** OVOC license types (ESSENTIAL, PRO_IMTR, ...); [] means all. */
  license: stringListParam(),
  /** serviceSource values (e.g. DM); [] means all. */
  source: stringListParam(),
  /** Column id, '-' prefix for descending; '' = most broken first, then name. */
  sort: sortParam(),
  customer: customerIdParam(),
});

export type HealthSearch = z.output<typeof healthSearchSchema>;

export const healthSearchDefaults: HealthSearch = { q: '', status: [], license: [], source: [], sort: '', customer: '' };
