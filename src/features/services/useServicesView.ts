/**
 * The rows the table shows, derived from the API list and the view state in memoized stages, so
 * a keystroke at 50,000 customers only re-runs the cheap stage:
 *   data -> prepared (search text, once per data) -> sorted (once per data + sort)
 *        -> searched (per deferred query) -> counts / license + health filters -> rows
 * Sorting before searching means typing never re-sorts. OVOC health (joined once per data change,
 * see useServicesHealth) only re-sorts when the sort is by Health.
 *
 * Each filter's counts are taken under the search and the *other* filter, so an option's number is
 * what choosing it would show.
 */
import { useDeferredValue, useMemo } from 'react';
import type { ServiceBrief } from '../../api/schemas';
import type { ColumnId, SortValue } from './columns';
import { sortValue } from './columns';
import { countByLicense, filterByLicense, prepareRows, searchRows, type PreparedRow } from './filter';
import { countByHealth, filterByHealth, healthSortValue, type HealthLookup } from './ovoc-health';
import { sortBy, type ColumnSort } from './sort';
import { summarize, type ServicesSummary } from './summary';

export interface ServicesViewInput {
  data: readonly ServiceBrief[] | undefined;
  query: string;
  license: readonly number[];
  /** Selected health keys; [] = all. */
  health: readonly string[];
  /** OVOC health of every row; null while OVOC is loading or unavailable. */
  healthLookup: HealthLookup | null;
  sort: ColumnSort | null;
}

export interface HealthFigures {
  error: number;
  warning: number;
}

export interface ServicesView {
  rows: ServiceBrief[];
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

const NO_ROWS: readonly ServiceBrief[] = [];
const rowOf = (entry: PreparedRow) => entry.row;

export function useServicesView({ data = NO_ROWS, query, license, health, healthLookup, sort }: ServicesViewInput): ServicesView {
  const deferredQuery = useDeferredValue(query);
  const prepared = useMemo(() => prepareRows(data), [data]);
  const sortId = sort?.id;
  const sortDesc = sort?.desc;
  // Only a sort by Health depends on OVOC: any other sort keeps its result when OVOC arrives.
  const sortLookup = sortId === 'health' ? healthLookup : null;
  const sorted = useMemo(() => {
    const valueOf = (entry: PreparedRow, id: ColumnId): SortValue =>
      id === 'health' ? healthSortValue(sortLookup, entry.row) : sortValue(entry.row, id);
    return sortBy(prepared, sortId ? { id: sortId, desc: sortDesc ?? false } : null, rowOf, valueOf);
  }, [prepared, sortId, sortDesc, sortLookup]);
  const searched = useMemo(() => searchRows(sorted, deferredQuery), [sorted, deferredQuery]);

  const licenseKey = license.join(',');
  const healthKey = health.join(',');
  const byLicense = useMemo(
    () => filterByLicense(searched, licenseKey === '' ? [] : licenseKey.split(',').map(Number)),
    [searched, licenseKey],
  );
  // A health filter cannot be applied without OVOC data; the page says so rather than guessing.
  const healthSelected = useMemo(() => (healthKey === '' ? [] : healthKey.split(',')), [healthKey]);
  const byHealth = useMemo(
    () => (healthLookup && healthSelected.length > 0 ? filterByHealth(searched, healthSelected, healthLookup, rowOf) : searched),
    [searched, healthSelected, healthLookup],
  );
  const licenseCounts = useMemo(() => countByLicense(byHealth), [byHealth]);
  const healthCounts = useMemo(() => (healthLookup ? countByHealth(byLicense, healthLookup, rowOf) : null), [byLicense, healthLookup]);
  const rows = useMemo(() => {
    const shown = healthLookup && healthSelected.length > 0 ? filterByHealth(byLicense, healthSelected, healthLookup, rowOf) : byLicense;
    return shown.map(rowOf);
  }, [byLicense, healthSelected, healthLookup]);

  const summary = useMemo(() => summarize(rows, data.length), [rows, data.length]);
  const healthFigures = useMemo(() => {
    if (!healthLookup) return null;
    const counts = countByHealth(rows, healthLookup, (row) => row);
    return { error: counts.get('ERROR') ?? 0, warning: counts.get('WARNING') ?? 0 };
  }, [rows, healthLookup]);

  return {
    rows,
    licenseCounts,
    healthCounts,
    summary,
    healthFigures,
    healthFilterWaiting: healthSelected.length > 0 && !healthLookup,
    isStale: deferredQuery !== query,
  };
}
