/**
 * The rows the table shows, derived from the API list and the view state in memoized stages, so
 * a keystroke at 50,000 customers only re-runs the cheap stage:
 *   data -> sorted (once per data + sort) -> searched (per query, narrowing: narrowing-search.ts)
 *        -> counts / license + health filters -> rows
 * Sorting before searching means typing never re-sorts. OVOC health (joined once per data change,
 * on each row) only re-sorts when the sort is by Health. A stage with nothing to do hands
 * on its input (no copies of a 50,000-row list), and the first render does only what the first
 * screen shows.
 *
 * Each filter's counts are taken under the search and the *other* filter, so an option's number is
 * what choosing it would show.
 */
import { useDeferredValue, useMemo, useState } from 'react';
import type { ConsoleServiceRow } from '../../api/schemas/console-snapshot';
import type { ColumnId, SortValue } from './columns';
import { sortValue } from './columns';
import { countByLicense, filterByLicense } from './filter';
import { createNarrowingSearch } from './narrowing-search';
import { countByHealth, filterByHealth, healthSortValue } from './ovoc-health';
import { sortBy, type ColumnSort } from './sort';
import { summarize, type ServicesSummary } from './summary';

export interface ServicesViewInput {
  data: readonly ConsoleServiceRow[] | undefined;
  query: string;
  license: readonly number[];
  /** Selected health keys; [] = all. */
  health: readonly string[];
  /** Whether the rows' OVOC health is known (false while the list is loading). */
  healthKnown: boolean;
  sort: ColumnSort | null;
}

export interface HealthFigures {
  error: number;
  warning: number;
}

export interface ServicesView {
  rows: readonly ConsoleServiceRow[];
  /** Per known license type, under the search and the health filter (not under the license filter itself). */
  licenseCounts: Map<number, number>;
  /** Per health key, under the search and the license filter; null until OVOC health is known. */
  healthCounts: Map<string, number> | null;
  summary: ServicesSummary;
  /** Health of the rows shown; null until OVOC health is known. */
  healthFigures: HealthFigures | null;
  /** True when a health filter is chosen but OVOC health is not known, so it is not applied. */
  healthFilterWaiting: boolean;
  /** True while the deferred query is behind what was typed. */
  isStale: boolean;
}

const NO_ROWS: readonly ConsoleServiceRow[] = [];
const same = (row: ConsoleServiceRow) => row;

/**
 * Searches that scan at most this many rows render with the keystroke itself (one render, one
 * paint, cheap even at 50,000 rows). A bigger scan is deferred, so typing into a
 * larger list stays responsive while the previous rows show, dimmed.
 */
const SYNC_SCAN_MAX = 60_000;

/**
 * Figures of a list, kept per list: the search hands back the same array for a query it has seen
 * (Backspace), so its counts are not taken again. `context` is what else the figures depend on.
 */
function useListFigures<C, V>(compute: (rows: readonly ConsoleServiceRow[], context: C) => V) {
  const [cache] = useState(() => new WeakMap<readonly ConsoleServiceRow[], { context: C; value: V }>());
  return (rows: readonly ConsoleServiceRow[], context: C): V => {
    const kept = cache.get(rows);
    if (kept && kept.context === context) return kept.value;
    const value = compute(rows, context);
    cache.set(rows, { context, value });
    return value;
  };
}

export function useServicesView({ data = NO_ROWS, query, license, health, healthKnown, sort }: ServicesViewInput): ServicesView {
  const sortId = sort?.id;
  const sortDesc = sort?.desc;
  // Only a sort by Health depends on OVOC: any other sort keeps its result when OVOC arrives.
  const sortHealth = sortId === 'health' && healthKnown;
  const sorted = useMemo(() => {
    if (!sortId) return data;
    const valueOf = (row: ConsoleServiceRow, id: ColumnId): SortValue => (id === 'health' ? healthSortValue(sortHealth, row) : sortValue(row, id));
    return sortBy(data, { id: sortId, desc: sortDesc ?? false }, same, valueOf);
  }, [data, sortId, sortDesc, sortHealth]);

  const search = useMemo(() => createNarrowingSearch(sorted), [sorted]);
  const deferredQuery = useDeferredValue(query);
  const searchQuery = search.scanSize(query) <= SYNC_SCAN_MAX ? query : deferredQuery;
  const searched = useMemo(() => search.search(searchQuery), [search, searchQuery]);

  const licenseKey = license.join(',');
  const healthKey = health.join(',');
  const byLicense = useMemo(
    () => filterByLicense(searched, licenseKey === '' ? [] : licenseKey.split(',').map(Number)),
    [searched, licenseKey],
  );
  // A health filter cannot be applied without OVOC data; the page says so rather than guessing.
  const healthSelected = useMemo(() => (healthKey === '' ? [] : healthKey.split(',')), [healthKey]);
  const healthApplied = healthKnown && healthSelected.length > 0;
  const byHealth = useMemo(
    () => (healthApplied ? filterByHealth(searched, healthSelected) : searched),
    [searched, healthApplied, healthSelected],
  );
  const rows = useMemo(
    () => (healthApplied ? filterByHealth(byLicense, healthSelected) : byLicense),
    [byLicense, healthApplied, healthSelected],
  );

  const licenseCountsOf = useListFigures((list, _none: null) => countByLicense(list));
  const healthCountsOf = useListFigures((list, _none: null) => countByHealth(list));
  const summaryOf = useListFigures((list, total: number) => summarize(list, total));
  const licenseCounts = licenseCountsOf(byHealth, null);
  const healthCounts = healthKnown ? healthCountsOf(byLicense, null) : null;
  const summary = summaryOf(rows, data.length);
  const shownHealth = healthKnown ? healthCountsOf(rows, null) : null;
  const healthFigures = useMemo(
    () => (shownHealth ? { error: shownHealth.get('ERROR') ?? 0, warning: shownHealth.get('WARNING') ?? 0 } : null),
    [shownHealth],
  );

  return {
    rows,
    licenseCounts,
    healthCounts,
    summary,
    healthFigures,
    healthFilterWaiting: healthSelected.length > 0 && !healthKnown,
    isStale: searchQuery !== query,
  };
}
