/**
 * Pure model of the health table: a service of the server's snapshot (GET /api/console/health)
 * flattened into one row, plus filtering, the default "most broken first" order and column sorts.
 * No React here, so all of it is unit-tested directly.
 */
import type { HealthServiceRow } from '../../api/schemas/console-snapshot';
import { ovocLicenseTypeLabel, OVOC_LICENSE_TYPE_VALUES } from '../../domain/license-types';
import { compareByName, compareDefaultOrder, nameCollator, serviceDisplayName } from '../../domain/health-order';
import { compareStatusKeys, statusKey } from '../../domain/ovoc-status-counts';
import type { HealthSearch } from './search';
import { t } from './messages';

/** Filter key for a row without a license type / source (kept apart from any vendor word). */
export const MISSING_KEY = '(none)';

export interface HealthRow {
  /** Stable across refetches: the server's key, the service id when it has one (row key, expanded state, links, timeline). */
  key: string;
  service: HealthServiceRow;
  name: string;
  fullName: string | null;
  /** status as sent, or MISSING_STATUS_KEY. */
  statusKey: string;
  licenseKey: string;
  sourceKey: string;
  /** ms since epoch, NaN when absent/unreadable. */
  definedAtMs: number;
  /** personal + meeting devices; null when neither was sent. */
  devicesTotal: number | null;
  /** Since when the status is what it is (ms), NaN when not known; `sinceAtLeast`: the console began watching later. */
  sinceMs: number;
  sinceAtLeast: boolean;
}

function sumNullable(...values: Array<number | null | undefined>): number | null {
  const present = values.filter((v): v is number => typeof v === 'number');
  return present.length === 0 ? null : present.reduce((a, b) => a + b, 0);
}

/**
 * OVOC writes definedAt as "2023-03-15T10:37:35.820+0000"; some engines do not parse a "+0000" offset,
 * so it is rewritten to "+00:00" first.
 */
export function parseOvocDateTime(text: string | null | undefined): number {
  if (!text) return Number.NaN;
  return Date.parse(OFFSET_WITHOUT_COLON.test(text) ? `${text.slice(0, -2)}:${text.slice(-2)}` : text);
}
/** Tested before rewriting: at 50,000 rows a replace() per row was a visible part of the page's first render. */
const OFFSET_WITHOUT_COLON = /[+-]\d{4}$/;

export function toHealthRow(service: HealthServiceRow, index: number): HealthRow {
  const devices = service.devices?.devicesCount;
  const since = service.since.status;
  return {
    key: service.key,
    service,
    name: serviceDisplayName(service, index),
    fullName: service.fullName,
    statusKey: statusKey(service.status),
    licenseKey: service.licenseType ?? MISSING_KEY,
    sourceKey: service.serviceSource ?? MISSING_KEY,
    definedAtMs: parseOvocDateTime(service.definedAt),
    devicesTotal: devices ? sumNullable(devices.personal, devices.meeting) : null,
    sinceMs: since ? Date.parse(since.at) : Number.NaN,
    sinceAtLeast: since?.atLeast ?? false,
  };
}

/**
 * Row keys must be unique (React keys, expanded rows, links from the customer panel). A service the
 * answer lists twice keeps its id on the first row; a later copy gets `<id>#<position>`. Rows whose
 * key is already unique are returned as they are (same object), so memoised rows stay memoised.
 */
export function withUniqueKeys(rows: readonly HealthRow[]): HealthRow[] {
  const seen = new Set<string>();
  return rows.map((row, index) => {
    let key = row.key;
    if (seen.has(key)) key = `${row.key}#${index}`;
    while (seen.has(key)) key += '#';
    seen.add(key);
    return key === row.key ? row : { ...row, key };
  });
}

export function toHealthRows(services: readonly HealthServiceRow[]): HealthRow[] {
  return withUniqueKeys(services.map(toHealthRow));
}

function searchableText(row: HealthRow): string {
  const s = row.service;
  return [row.name, s.fullName, s.serviceName, s.description, s.serviceId, s.id, s.lcCustomerId, s.umpId, s.serviceUcaasTenantId]
    .filter((v) => v !== null && v !== undefined && v !== '')
    .join('\n')
    .toLowerCase();
}

export type HealthFilters = Pick<HealthSearch, 'q' | 'status' | 'license' | 'source'>;

/**
 * Rows matching every active filter, in the order given. Status/license/source: any of the chosen
 * values; q: every word, anywhere. The page filters the sorted rows, so a filter never sorts again.
 */
export function filterRows(
  rows: readonly HealthRow[],
  filters: HealthFilters,
  options: { ignoreStatus?: boolean } = {},
): readonly HealthRow[] {
  const words = filters.q.toLowerCase().split(/\s+/).filter(Boolean);
  const status = !options.ignoreStatus && filters.status.length > 0 ? new Set(filters.status) : null;
  const license = filters.license.length > 0 ? new Set(filters.license) : null;
  const source = filters.source.length > 0 ? new Set(filters.source) : null;
  // No filter: the same array, so what is memoised on it stays memoised.
  if (!status && !license && !source && words.length === 0) return rows;
  return rows.filter((row) => {
    if (status && !status.has(row.statusKey)) return false;
    if (license && !license.has(row.licenseKey)) return false;
    if (source && !source.has(row.sourceKey)) return false;
    if (words.length > 0) {
      const text = searchableText(row);
      if (!words.every((word) => text.includes(word))) return false;
    }
    return true;
  });
}

const collator = nameCollator;

/** Missing values sort last whichever the direction. */
function compareNullableNumbers(a: number | null, b: number | null, desc: boolean): number {
  const aMissing = a === null || Number.isNaN(a);
  const bMissing = b === null || Number.isNaN(b);
  if (aMissing || bMissing) return aMissing === bMissing ? 0 : aMissing ? 1 : -1;
  return desc ? (b as number) - (a as number) : (a as number) - (b as number);
}

function compareText(a: string, b: string, desc: boolean): number {
  const aMissing = a === MISSING_KEY;
  const bMissing = b === MISSING_KEY;
  if (aMissing || bMissing) return aMissing === bMissing ? 0 : aMissing ? 1 : -1;
  return desc ? collator.compare(b, a) : collator.compare(a, b);
}

/** Sortable column ids (the URL's `sort`, '-' prefix for descending). Unknown ids fall back to the default order. */
export const SORTABLE_COLUMNS = ['name', 'status', 'since', 'license', 'source', 'devices', 'definedAt'] as const;
export type SortableColumn = (typeof SORTABLE_COLUMNS)[number];

export function isSortableColumn(id: string): id is SortableColumn {
  return (SORTABLE_COLUMNS as readonly string[]).includes(id);
}

type Comparator = (a: HealthRow, b: HealthRow, desc: boolean) => number;

const COMPARATORS: Record<SortableColumn, Comparator> = {
  name: (a, b, desc) => (desc ? compareByName(b, a) : compareByName(a, b)),
  status: (a, b, desc) => (desc ? compareStatusKeys(b.statusKey, a.statusKey) : compareStatusKeys(a.statusKey, b.statusKey)),
  // Ascending: the longest-standing status first (an ERROR since last week before one since a minute ago).
  since: (a, b, desc) => compareNullableNumbers(a.sinceMs, b.sinceMs, desc),
  license: (a, b, desc) => compareText(a.licenseKey, b.licenseKey, desc),
  source: (a, b, desc) => compareText(a.sourceKey, b.sourceKey, desc),
  devices: (a, b, desc) => compareNullableNumbers(a.devicesTotal, b.devicesTotal, desc),
  definedAt: (a, b, desc) => compareNullableNumbers(a.definedAtMs, b.definedAtMs, desc),
};

/**
 * Default order (no sort or an unknown column): ERROR, WARNING, UNMONITORED and unknown words, OK;
 * then by name. A column sort breaks ties the same way, so equal rows never jump between refreshes.
 */
export function sortRows(rows: readonly HealthRow[], sort: { id: string; desc: boolean } | null): HealthRow[] {
  const column = sort && isSortableColumn(sort.id) ? COMPARATORS[sort.id] : null;
  const desc = sort?.desc ?? false;
  if (!column) return [...rows].sort(compareDefaultOrder);
  return [...rows].sort((a, b) => column(a, b, desc) || compareDefaultOrder(a, b));
}

export interface FacetOption {
  value: string;
  label: string;
  count: number;
}

/**
 * Filter options: the values present in the data (with counts), plus the documented license words even
 * when absent, plus anything already selected in the URL so a chosen filter can always be cleared.
 */
export function facetOptions(
  rows: readonly HealthRow[],
  field: 'licenseKey' | 'sourceKey',
  selected: readonly string[],
): FacetOption[] {
  const counts = new Map<string, number>();
  if (field === 'licenseKey') for (const value of OVOC_LICENSE_TYPE_VALUES) counts.set(value, 0);
  for (const row of rows) counts.set(row[field], (counts.get(row[field]) ?? 0) + 1);
  for (const value of selected) if (!counts.has(value)) counts.set(value, 0);
  const label = (value: string) =>
    value === MISSING_KEY ? t('health.notSet') : field === 'licenseKey' ? (ovocLicenseTypeLabel(value) ?? value) : value;
  return [...counts]
    .map(([value, count]) => ({ value, label: label(value), count }))
    .sort((a, b) => compareText(a.value, b.value, false));
}
