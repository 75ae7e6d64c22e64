/**
 * The services list's columns as data (no React): ids (used in the URL's `sort` and in the saved
 * column visibility), labels, and the value each column sorts and exports by.
 */
import type { ServiceBrief } from '../../api/schemas';
import { licenseFamily, licenseTypeName } from '../../domain/license-types';

export const COLUMN_IDS = [
  'customerShortName',
  'customerFullName',
  'licenseType',
  'licensedUsersCount',
  'activeUserCount',
  'liveHubActiveUsersCount',
  'liveHubSimpleUsersCount',
  'msTenantId',
  'umpCustomerGuid',
] as const;

export type ColumnId = (typeof COLUMN_IDS)[number];

export function isColumnId(value: string): value is ColumnId {
  return (COLUMN_IDS as readonly string[]).includes(value);
}

export const COLUMN_LABELS: Record<ColumnId, string> = {
  customerShortName: 'Short name',
  customerFullName: 'Full name',
  licenseType: 'License type',
  licensedUsersCount: 'Licensed users',
  activeUserCount: 'Active users',
  liveHubActiveUsersCount: 'Live Hub active',
  liveHubSimpleUsersCount: 'Live Hub simple',
  msTenantId: 'Microsoft tenant id',
  umpCustomerGuid: 'GUID',
};

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
    default:
      return row[id];
  }
}

export interface ExportColumn {
  header: string;
  value: (row: ServiceBrief) => string | number | null;
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
