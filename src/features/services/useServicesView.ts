/**
 * The rows the table shows, derived from the API list and the view state in memoized stages, so
 * a keystroke at 50,000 customers only re-runs the cheap stage:
 *   data -> prepared (search text, once per data) -> sorted (once per data + sort)
 *        -> searched (per deferred query) -> license counts / license filter -> rows
 * Sorting before searching means typing never re-sorts.
 */
import { useDeferredValue, useMemo } from 'react';
import type { ServiceBrief } from '../../api/schemas';
import { countByLicense, filterByLicense, prepareRows, searchRows } from './filter';
import { sortBy, type ColumnSort } from './sort';
import { summarize, type ServicesSummary } from './summary';

export interface ServicesViewInput {
  data: readonly ServiceBrief[] | undefined;
  query: string;
  license: readonly number[];
  sort: ColumnSort | null;
}

export interface ServicesView {
  rows: ServiceBrief[];
  /** Per known license type, under the search (not under the license filter itself). */
  licenseCounts: Map<number, number>;
  summary: ServicesSummary;
  /** True while the deferred query is behind what was typed. */
  isStale: boolean;
}

const NO_ROWS: readonly ServiceBrief[] = [];

export function useServicesView({ data = NO_ROWS, query, license, sort }: ServicesViewInput): ServicesView {
  const deferredQuery = useDeferredValue(query);
  const prepared = useMemo(() => prepareRows(data), [data]);
  const sortId = sort?.id;
  const sortDesc = sort?.desc;
  const sorted = useMemo(
    () => sortBy(prepared, sortId ? { id: sortId, desc: sortDesc ?? false } : null, (entry) => entry.row),
    [prepared, sortId, sortDesc],
  );
  const searched = useMemo(() => searchRows(sorted, deferredQuery), [sorted, deferredQuery]);
  const licenseCounts = useMemo(() => countByLicense(searched), [searched]);
  const licenseKey = license.join(',');
  const rows = useMemo(
    () => filterByLicense(searched, licenseKey === '' ? [] : licenseKey.split(',').map(Number)).map((entry) => entry.row),
    [searched, licenseKey],
  );
  const summary = useMemo(() => summarize(rows, data.length), [rows, data.length]);
  return { rows, licenseCounts, summary, isStale: deferredQuery !== query };
}
