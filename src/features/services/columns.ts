/**
 * The services list's columns as data (no React): ids (used in the URL's `sort` and in the saved
 * column visibility), labels, and the value each column sorts and exports by.
 */
import type { ServiceBrief } from '../../api/schemas';
import type { ConsoleServiceRow } from '../../api/schemas/console-snapshot';
import { licenseFamily, licenseTypeName } from '../../domain/license-types';
import { healthLabel, healthOf, NO_OVOC, NOT_REPORTED, type HealthState } from './ovoc-health';
import { t } from './messages';

export const COLUMN_IDS = [
  'customerShortName',
  'customerFullName',
  'licenseType',
  'licensedUsersCount',
  'activeUserCount',
  'liveHubActiveUsersCount',
  'liveHubSimpleUsersCount',
  'health',
  'msTenantId',
  'umpCustomerGuid',
] as const;

export type ColumnId = (typeof COLUMN_IDS)[number];

/** Columns whose value is a field of the UMP row itself (all but Health, which is joined from OVOC). */
export type RowColumnId = Exclude<ColumnId, 'health'>;
export const ROW_COLUMN_IDS: readonly RowColumnId[] = COLUMN_IDS.filter((id): id is RowColumnId => id !== 'health');

export function isColumnId(value: string): value is ColumnId {
  return (COLUMN_IDS as readonly string[]).includes(value);
}

/** A column's name in the active language. */
export const columnLabel = (id: ColumnId) => t(`services.column.${id}`);

/** Columns a person cannot hide (the row's link). */
export const ALWAYS_VISIBLE: readonly ColumnId[] = ['customerShortName'];

/** Hidden until someone turns them on in the Columns menu. */
export const DEFAULT_COLUMN_VISIBILITY: Partial<Record<ColumnId, boolean>> = { umpCustomerGuid: false };

export type SortValue = string | number | null;

/** Blank text counts as missing: it shows as an em dash and sorts with the nulls. */
function text(value: string | null): string | null {
  return value === null || value.trim() === '' ? null : value;
}

/**
 * What a column sorts by. The license type sorts by its code, which also groups the families
 * (0-2 Direct Routing, 3-5 Operator Connect); an unknown code sorts by its number.
 * Health is not in the row (it is joined from OVOC): the view sorts it with its own value
 * (see useServicesView), so here it is missing.
 */
export function sortValue(row: ServiceBrief, id: ColumnId): SortValue {
  switch (id) {
    case 'customerShortName':
      return text(row.customerShortName);
    case 'customerFullName':
      return text(row.customerFullName);
    case 'msTenantId':
      return text(row.msTenantId);
    case 'umpCustomerGuid':
      return text(row.umpCustomerGuid);
    case 'health':
      return null;
    default:
      return row[id];
  }
}

/** A CSV column over rows of type R: the UMP columns read any listed row, the Health ones need the joined health. */
export interface ExportColumn<R extends ServiceBrief = ServiceBrief> {
  header: string;
  value: (row: R) => string | number | null;
}

/** The CSV has every field (hidden columns too: the guid is what a ticket needs), family split out. */
export const EXPORT_COLUMNS: readonly ExportColumn[] = [
  { header: 'Short name', value: (row) => row.customerShortName },
  { header: 'Full name', value: (row) => row.customerFullName },
  { header: 'License type', value: (row) => licenseTypeName(row.licenseType) },
  { header: 'License family', value: (row) => licenseFamily(row.licenseType) },
  { header: 'Licensed users', value: (row) => row.licensedUsersCount },
  { header: 'Active users', value: (row) => row.activeUserCount },
  { header: 'Live Hub active users', value: (row) => row.liveHubActiveUsersCount },
  { header: 'Live Hub simple users', value: (row) => row.liveHubSimpleUsersCount },
  { header: 'Microsoft tenant id', value: (row) => row.msTenantId },
  { header: 'GUID', value: (row) => row.umpCustomerGuid },
];

/**
 * The Health columns of the CSV, after the UMP ones (so spreadsheets built on the older export keep
 * their columns): the worst status as OVOC sent it, how many OVOC services matched, and how.
 * When OVOC was not loaded, every row says so instead of claiming "No OVOC service".
 */
export function healthExportColumns(state: HealthState): ExportColumn<ConsoleServiceRow>[] {
  if (state.status !== 'ready') {
    return [
      { header: 'Health', value: () => 'Loading' },
      { header: 'OVOC services', value: () => null },
      { header: 'OVOC matched by', value: () => null },
    ];
  }
  return [
    {
      header: 'Health',
      // The word as sent (ERROR, DEGRADED) rather than its label: a spreadsheet filters on the vendor's words.
      value: (row) => {
        const { key } = healthOf(row);
        return key === NO_OVOC || key === NOT_REPORTED ? healthLabel(key) : key;
      },
    },
    { header: 'OVOC services', value: (row) => healthOf(row).count },
    { header: 'OVOC matched by', value: (row) => healthOf(row).matchedBy },
  ];
}
