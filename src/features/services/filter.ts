/**
 * Search and license-type filtering of the services list: pure functions, no React.
 *
 * Memory: a precomputed lowercase search text per row cost megabytes of heap at scale, so
 * the fields are lowercased while searching instead (V8 returns an already-lowercase string as it
 * is, e.g. GUIDs). Typing stays cheap because each keystroke usually searches only the previous
 * result (narrowing-search.ts).
 */
import type { ServiceBrief } from '../../api/schemas';
import { LICENSE_TYPES, licenseTypesOf, type LicenseFamily } from '../../domain/license-types';

/** Kept out of search terms: it once joined the fields, and a term must never span two of them. */
const FIELD_SEPARATOR = '\u0000';

/** The query split into lowercase terms; every term has to match (in any of the searched fields). */
export function searchTerms(query: string): string[] {
  return query.toLowerCase().split(/\s+/).filter((term) => term !== '' && !term.includes(FIELD_SEPARATOR));
}

function fieldHas(value: string | null, term: string): boolean {
  return value !== null && value.toLowerCase().includes(term);
}

/** Every term is in the short name, full name, tenant id or guid (ignoring case; one field per term). */
export function matchesTerms(row: ServiceBrief, terms: readonly string[]): boolean {
  for (const term of terms) {
    const found =
      fieldHas(row.customerShortName, term) ||
      fieldHas(row.customerFullName, term) ||
      fieldHas(row.msTenantId, term) ||
      fieldHas(row.umpCustomerGuid, term);
    if (!found) return false;
  }
  return true;
}

export interface ServicesFilter {
  q: string;
  /** License type codes to keep; empty = every row (including unknown and missing types). */
  license: readonly number[];
  /** OVOC health keys to keep (ovoc-health.ts); empty or absent = every row. */
  health?: readonly string[];
}

/**
 * Rows matching the search only (the license counts are computed over these). No search returns
 * the input itself: at 50,000 rows a copy per stage is heap for nothing.
 */
export function searchRows<R extends ServiceBrief>(rows: readonly R[], query: string): readonly R[] {
  const terms = searchTerms(query);
  if (terms.length === 0) return rows;
  return rows.filter((row) => matchesTerms(row, terms));
}

/** No selection returns the input itself (see searchRows). */
export function filterByLicense<R extends ServiceBrief>(rows: readonly R[], license: readonly number[]): readonly R[] {
  if (license.length === 0) return rows;
  const wanted = new Set(license);
  return rows.filter((row) => row.licenseType !== null && wanted.has(row.licenseType));
}

export function filterRows<R extends ServiceBrief>(rows: readonly R[], filter: ServicesFilter): readonly R[] {
  return filterByLicense(searchRows(rows, filter.q), filter.license);
}

/** How many rows of each known license type (code -> count; every known code present, maybe 0). */
export function countByLicense(rows: readonly ServiceBrief[]): Map<number, number> {
  const counts = new Map<number, number>(LICENSE_TYPES.map((type) => [type.code, 0]));
  for (const row of rows) {
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
