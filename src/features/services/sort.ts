/**
 * Sorting of the services list: pure functions, no React.
 * Missing values (null, blank text) go last in both directions; ties keep the API's order.
 */
import type { ServiceBrief } from '../../api/schemas';
import { formatSort, parseSort } from '../../components/search-params';
import { isColumnId, sortValue, type ColumnId, type SortValue } from './columns';

export interface ColumnSort {
  id: ColumnId;
  desc: boolean;
}

/** The URL's `sort` ('-licenseType') -> a sort on a known column, or null (the API's order). */
export function readSort(sort: string): ColumnSort | null {
  const parsed = parseSort(sort);
  if (!parsed || !isColumnId(parsed.id)) return null;
  return { id: parsed.id, desc: parsed.desc };
}

export function writeSort(sort: ColumnSort | null): string {
  return formatSort(sort);
}

/** Header click cycle: ascending -> descending -> the API's order. */
export function nextSort(current: ColumnSort | null, id: ColumnId): ColumnSort | null {
  if (!current || current.id !== id) return { id, desc: false };
  if (!current.desc) return { id, desc: true };
  return null;
}

/** Digit runs padded to one width, so plain string comparison orders "BB84" before "BB175". */
const DIGIT_RUN = /\d+/g;
const DIGIT_WIDTH = 16;

/**
 * Comparable key of a value: numbers as they are; names lowercased with numbers inside them compared
 * by value; ids (tenant id, guid) lowercased. Keys are built once per row, and comparing them with
 * < is far cheaper than a locale collator over 50,000 rows.
 */
export function sortKey(value: SortValue, id: ColumnId): string | number | null {
  if (value === null || typeof value === 'number') return value;
  const lower = value.toLowerCase();
  if (id === 'msTenantId' || id === 'umpCustomerGuid') return lower;
  return lower.replace(DIGIT_RUN, (run) => run.replace(/^0+(?=\d)/, '').padStart(DIGIT_WIDTH, '0'));
}

function compareKeys(a: string | number, b: string | number): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  const x = String(a);
  const y = String(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

/**
 * Sorts items by the column; `rowOf` picks the row out of an item (items may wrap rows).
 * `valueOf` overrides what a column sorts by
 * (the Health column's value is joined from OVOC, not in the row). Returns a new array; the input
 * is untouched.
 */
export function sortBy<T>(
  items: readonly T[],
  sort: ColumnSort | null,
  rowOf: (item: T) => ServiceBrief,
  valueOf: (item: T, id: ColumnId) => SortValue = (item, id) => sortValue(rowOf(item), id),
): T[] {
  if (!sort) return items.slice();
  // Read each value once, then sort positions by key: 50,000 rows sort in a few hundred thousand
  // compares, without an object per row.
  const keys = items.map((item) => sortKey(valueOf(item, sort.id), sort.id));
  const direction = sort.desc ? -1 : 1;
  const order = Array.from(items.keys());
  order.sort((a, b) => {
    const x = keys[a] ?? null;
    const y = keys[b] ?? null;
    if (x === null || y === null) {
      if (x === y) return a - b;
      return x === null ? 1 : -1;
    }
    return compareKeys(x, y) * direction || a - b;
  });
  const sorted: T[] = [];
  for (const index of order) {
    const item = items[index];
    // Always there (the positions are the input's own); the check is for the type only.
    if (item !== undefined) sorted.push(item);
  }
  return sorted;
}

export function sortRows(rows: readonly ServiceBrief[], sort: ColumnSort | null): ServiceBrief[] {
  return sortBy(rows, sort, (row) => row);
}
