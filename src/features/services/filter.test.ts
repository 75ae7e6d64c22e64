import type { ServiceBrief } from '../../api/schemas';
import { seed } from '../../../simulator/seed';
import {
  countByLicense,
  filterRows,
  isFamilySelected,
  isFilterActive,
  searchRows,
  searchTerms,
  selectFamily,
  toggleLicense,
} from './filter';
import { brief } from './test/rows';

const documented = seed.servicesBrief;
const names = (rows: readonly ServiceBrief[]) => rows.map((row) => row.customerShortName);

describe('search', () => {
  it('matches short name, full name, tenant id and guid, ignoring case', () => {
    expect(names(searchRows(documented, 'WALTER'))).toEqual(['24124', '24124_ess']);
    expect(names(searchRows(documented, 'tobi'))).toEqual(['TobiService']);
    expect(names(searchRows(documented, 'D1382F6B-4846'))).toEqual(['AudioCodesUS']);
    expect(names(searchRows(documented, '5787d31f-cfba'))).toEqual(['AudioCodesUS']);
  });

  it('requires every word to match, in any field, and keeps the given order', () => {
    expect(names(searchRows(documented, 'walter pro'))).toEqual(['24124']);
    expect(names(searchRows(documented, '  brad   oc '))).toEqual(['BradOC']);
  });

  it('does not match across two fields', () => {
    const rows = [brief({ customerShortName: 'abc', customerFullName: 'def' })];
    expect(searchRows(rows, 'cd')).toHaveLength(0);
    expect(searchRows(rows, 'abc')).toHaveLength(1);
  });

  it('treats a blank query as no search, and null fields as empty', () => {
    expect(searchRows(documented, '   ')).toHaveLength(35);
    expect(searchTerms(' A  b ')).toEqual(['a', 'b']);
    const rows = [brief({ customerFullName: null, msTenantId: null })];
    expect(searchRows(rows, 'null')).toHaveLength(0);
  });

  it('ignores case beyond ASCII, as lowercasing both sides does', () => {
    const rows = [brief({ customerShortName: 'ÉCOLE', customerFullName: 'Ωmega Straße' })];
    expect(searchRows(rows, 'école')).toHaveLength(1);
    expect(searchRows(rows, 'ΩMEGA STRASSE')).toHaveLength(0);
    expect(searchRows(rows, 'ωmega STRAßE')).toHaveLength(1);
  });

  it('hands back the list itself when there is nothing to filter (no copy of a big list)', () => {
    expect(searchRows(documented, ' ')).toBe(documented);
    expect(filterRows(documented, { q: '', license: [] })).toBe(documented);
  });
});

describe('license filter', () => {
  it('keeps only the selected types, in order', () => {
    const result = filterRows(documented, { q: '', license: [1] });
    expect(names(result)).toEqual(['BB175Plus', 'jfsdr', 'BB84EssPlus', 'BBSuperPlus', 'AlbertodemoDR']);
    expect(filterRows(documented, { q: '', license: [0, 3] })).toHaveLength(19);
  });

  it('an empty selection shows every row, unknown and missing types included', () => {
    const rows = [brief({ licenseType: 7 }), brief({ licenseType: null }), brief({ licenseType: 2 })];
    expect(filterRows(rows, { q: '', license: [] })).toHaveLength(3);
    expect(filterRows(rows, { q: '', license: [2] })).toHaveLength(1);
  });

  it('combines with the search', () => {
    expect(names(filterRows(documented, { q: 'brad', license: [3] }))).toEqual(['BradOC']);
    expect(names(filterRows(documented, { q: 'brad', license: [0] }))).toEqual(['BradSB1E', 'BradSB1E1']);
  });

  it('counts every known type, zero included', () => {
    expect([...countByLicense(documented)]).toEqual([[0, 11], [1, 5], [2, 11], [3, 8], [4, 0], [5, 0]]);
    expect([...countByLicense(searchRows(documented, 'brad'))]).toEqual([[0, 2], [1, 0], [2, 0], [3, 1], [4, 0], [5, 0]]);
  });

  it('knows whether any filter is active', () => {
    expect(isFilterActive({ q: ' ', license: [] })).toBe(false);
    expect(isFilterActive({ q: 'x', license: [] })).toBe(true);
    expect(isFilterActive({ q: '', license: [4] })).toBe(true);
  });
});

describe('license selection', () => {
  it('toggles a type and keeps the list sorted', () => {
    expect(toggleLicense([3], 1)).toEqual([1, 3]);
    expect(toggleLicense([1, 3], 3)).toEqual([1]);
  });

  it('selects a whole family in one click and clears it on the second', () => {
    expect(selectFamily([], 'Direct Routing')).toEqual([0, 1, 2]);
    expect(selectFamily([0], 'Operator Connect')).toEqual([3, 4, 5]);
    expect(selectFamily([3, 4, 5], 'Operator Connect')).toEqual([]);
    expect(isFamilySelected([0, 1, 2], 'Direct Routing')).toBe(true);
    expect(isFamilySelected([0, 1], 'Direct Routing')).toBe(false);
  });
});
