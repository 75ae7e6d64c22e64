/**
 * Search params of `/` (services list). Used as the route's `validateSearch`; read them in the page
 * with `getRouteApi('/').useSearch()`. Every field falls back to its default when malformed.
 */
import * as z from 'zod/mini';
import { intListParam, sortParam, stringListParam, textParam } from '../../components/search-params';

/** UMP license types are integers 0..5 (../shared/DESIGN.md, "Domain facts"). */
const MIN_LICENSE_TYPE = 0;
const MAX_LICENSE_TYPE = 5;

export const servicesSearchSchema = z.object({
  /** Free-text filter. */
  q: textParam(),
  /** License types to show; [] means all. */
  license: intListParam(MIN_LICENSE_TYPE, MAX_LICENSE_TYPE),
  /**
   * OVOC health keys to show (status words as OVOC sends them, open; 'not-reported', 'no-ovoc');
   * [] means all. See ovoc-health.ts.
   */
  health: stringListParam(),
  /** Column id, '-' prefix for descending; '' = default order. */
  sort: sortParam(),
});

export type ServicesSearch = z.output<typeof servicesSearchSchema>;

/** Values that are left out of the URL (they are what a missing param means). */
export const servicesSearchDefaults: ServicesSearch = { q: '', license: [], health: [], sort: '' };
