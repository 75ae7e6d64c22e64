/**
 * Search and license-type filtering of the services list: pure functions, no React.
 *
 * Scale matters (up to ~50,000 customers), so the lowercase search text of every row is built once
 * per data change (`prepareRows`) and a keystroke only runs `String.includes` over those strings.
 */
import type { ServiceBrief } from '../../api/schemas';
import { LICENSE_TYPES, licenseTypesOf, type LicenseFamily } from '../../domain/license-types';

export interface PreparedRow {
  row: ServiceBrief;
  /** Lowercase short name, full name, tenant id and guid, separated so a term never spans two fields. */
  haystack: string;
}

const FIELD_SEPARATOR = '\u0000';

export function searchText(row: ServiceBrief): string {
  return [row.customerShortName, row.customerFullName ?? '', row.msTenantId ?? '', row.umpCustomerGuid]
    .join(FIELD_SEPARATOR)
    .toLowerCase();
}

export function prepareRows(rows: readonly ServiceBrief[]): PreparedRow[] {
  return rows.map((row) => ({ row, haystack: searchText(row) }));
}

/** The query split into lowercase terms; every term has to match (in any of the searched fields). */
export function searchTerms(query: string): string[] {
  return query.toLowerCase().split(/\s+/).filter((term) => term !== '' && !term.includes(FIELD_SEPARATOR));
}

export function matchesTerms(haystack: string, terms: readonly string[]): boolean {
  for (const term of terms) if (!haystack.includes(term)) return false;
  return true;
}

export interface ServicesFilter {
  q: string;
  /** License type codes to keep; empty = every row (including unknown and missing types). */
  license: readonly number[];
  /** OVOC health keys to keep (ovoc-health.ts); empty or absent = every row. */
  health?: readonly string[];
}

/** Rows matching the search only (the license counts are computed over these). */
export function searchRows(rows: readonly PreparedRow[], query: string): PreparedRow[] {
  const terms = searchTerms(query);
  if (terms.length === 0) return rows.slice();
  return rows.filter((entry) => matchesTerms(entry.haystack, terms));
}

export function filterByLicense(rows: readonly PreparedRow[], license: readonly number[]): PreparedRow[] {
  if (license.length === 0) return rows.slice();
  const wanted = new Set(license);
  return rows.filter((entry) => entry.row.licenseType !== null && wanted.has(entry.row.licenseType));
}

export function filterRows(rows: readonly PreparedRow[], filter: ServicesFilter): PreparedRow[] {
  return filterByLicense(searchRows(rows, filter.q), filter.license);
}

/** How many rows of each known license type (code -> count; every known code present, maybe 0). */
export function countByLicense(rows: readonly PreparedRow[]): Map<number, number> {
  const counts = new Map<number, number>(LICENSE_TYPES.map((type) => [type.code, 0]));
  for (const { row } of rows) {
    const code = row.licenseType;
    if (code !== null && counts.has(code)) counts.set(code, (counts.get(code) ?? 0) + 1);
  }
  return counts;
}

export function isFilterActive(filter: ServicesFilter): boolean {
  return searchTerms(filter.q).length > 0 || filter.license.length > 0 || (filter.health?.length ?? 0) > 0;
}

// ---- license selection helpers (the filter menu) ----

export function familyCodes(family: LicenseFamily): number[] {
  return licenseTypesOf(family).map((type) => type.code);
}

/** Canonical form kept in the URL: unique, ascending. */
export function normalizeLicense(codes: Iterable<number>): number[] {
  return [...new Set(codes)].sort((a, b) => a - b);
}

export function toggleLicense(selected: readonly number[], code: number): number[] {
  return selected.includes(code) ? selected.filter((c) => c !== code) : normalizeLicense([...selected, code]);
}

/** True when exactly the family's types are selected. */
export function isFamilySelected(selected: readonly number[], family: LicenseFamily): boolean {
  const codes = familyCodes(family);
  return selected.length === codes.length && codes.every((code) => selected.includes(code));
}

/** One click: select exactly that family; clicking the active family again clears the selection. */
export function selectFamily(selected: readonly number[], family: LicenseFamily): number[] {
  return isFamilySelected(selected, family) ? [] : familyCodes(family);
}
