/**
 * Search params of `/health`. Used as the route's `validateSearch`; read them in the page with
 * `getRouteApi('/health').useSearch()`. Every field falls back to its default when malformed, so a
 * hand-edited or stale link never breaks the page.
 * Lists are open sets of words (status, OVOC license type, source) so unknown values pass through.
 */
import * as z from 'zod/mini';
import { sortParam, stringListParam, textParam } from '../../components/search-params';

/**
 * The OVOC customer shown in the side panel (`?customer=79192`); undefined = panel closed.
 * A number, so the URL reads `customer=79192` (a numeric string would be written JSON-quoted).
 */
function customerIdParam() {
  const toId = (raw: unknown): number | undefined => {
    const value = typeof raw === 'string' && /^\s*\d{1,16}\s*$/.test(raw) ? Number(raw) : raw;
    return typeof value === 'number' && Number.isSafeInteger(value) && value > 0 ? value : undefined;
  };
  // The outer optional is what types the key as optional when navigating (a pipe takes its input type from
  // its transform, which says nothing about absence); at run time an absent value is undefined either way.
  return z.optional(z.catch(z.pipe(z.transform<number | undefined, number | undefined>(toId), z.optional(z.number())), undefined));
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
  /** 'changes': the status changes of the last 24 hours instead of the services table. */
  view: z._default(z.catch(z.enum(['all', 'changes']), 'all'), 'all'),
});

export type HealthSearch = z.output<typeof healthSearchSchema>;

export const healthSearchDefaults: HealthSearch = { q: '', status: [], license: [], source: [], sort: '', view: 'all' };
