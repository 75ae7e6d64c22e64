import fc from 'fast-check';
import { seed } from '../../../simulator/seed';
import { ROW_COLUMN_IDS } from './columns';
import { nextSort, readSort, sortRows, writeSort } from './sort';
import { brief } from './test/rows';

describe('sort param', () => {
  it('reads a known column in either direction', () => {
    expect(readSort('licenseType')).toEqual({ id: 'licenseType', desc: false });
    expect(readSort('-activeUserCount')).toEqual({ id: 'activeUserCount', desc: true });
  });

  it('falls back to the API order for unknown or malformed values', () => {
    for (const bad of ['', 'nope', '--licenseType', '-', 'licenseType;drop', ' constructor', '__proto__', 'toString']) {
      expect(readSort(bad)).toBeNull();
    }
  });

  it('writes what it reads', () => {
    expect(writeSort({ id: 'msTenantId', desc: true })).toBe('-msTenantId');
    expect(writeSort(null)).toBe('');
  });

  it('cycles ascending, descending, off; another column starts ascending', () => {
    const asc = nextSort(null, 'customerFullName');
    expect(asc).toEqual({ id: 'customerFullName', desc: false });
    const desc = nextSort(asc, 'customerFullName');
    expect(desc).toEqual({ id: 'customerFullName', desc: true });
    expect(nextSort(desc, 'customerFullName')).toBeNull();
    expect(nextSort(desc, 'licenseType')).toEqual({ id: 'licenseType', desc: false });
  });
});

describe('sortRows', () => {
  const a = brief({ customerShortName: 'alpha', licensedUsersCount: 10, msTenantId: 'b' });
  const b = brief({ customerShortName: 'Bravo', licensedUsersCount: null, msTenantId: null });
  const c = brief({ customerShortName: 'charlie', licensedUsersCount: 0, msTenantId: '  ' });
  const d = brief({ customerShortName: 'delta', licensedUsersCount: 5, msTenantId: 'a' });
  const rows = [a, b, c, d];
  const short = (list: typeof rows) => list.map((row) => row.customerShortName);

  it('puts nulls last in both directions, and 0 is a number, not a null', () => {
    expect(short(sortRows(rows, { id: 'licensedUsersCount', desc: false }))).toEqual(['charlie', 'delta', 'alpha', 'Bravo']);
    expect(short(sortRows(rows, { id: 'licensedUsersCount', desc: true }))).toEqual(['alpha', 'delta', 'charlie', 'Bravo']);
  });

  it('sorts blank text with the nulls', () => {
    expect(short(sortRows(rows, { id: 'msTenantId', desc: false }))).toEqual(['delta', 'alpha', 'Bravo', 'charlie']);
    expect(short(sortRows(rows, { id: 'msTenantId', desc: true }))).toEqual(['alpha', 'delta', 'Bravo', 'charlie']);
  });

  it('compares text case-insensitively and numbers within text by value', () => {
    expect(short(sortRows(rows, { id: 'customerShortName', desc: false }))).toEqual(['alpha', 'Bravo', 'charlie', 'delta']);
    const names = sortRows([brief({ customerShortName: 'BB653' }), brief({ customerShortName: 'BB84' }), brief({ customerShortName: 'BB175' })], {
      id: 'customerShortName',
      desc: false,
    }).map((row) => row.customerShortName);
    expect(names).toEqual(['BB84', 'BB175', 'BB653']);
  });

  it('keeps the API order without a sort and for ties, and never mutates its input', () => {
    const input = seed.servicesBrief.slice();
    expect(sortRows(input, null)).toEqual(seed.servicesBrief);
    const byType = sortRows(input, { id: 'licenseType', desc: false });
    expect(byType.filter((row) => row.licenseType === 1).map((row) => row.customerShortName)).toEqual([
      'BB175Plus', 'jfsdr', 'BB84EssPlus', 'BBSuperPlus', 'AlbertodemoDR',
    ]);
    expect(input).toEqual(seed.servicesBrief);
  });

  it('property: for every column and direction, non-null values are ordered and nulls come last', () => {
    const row = fc.record({
      licensedUsersCount: fc.option(fc.integer({ min: 0, max: 1000 }), { nil: null }),
      activeUserCount: fc.option(fc.integer({ min: 0, max: 1000 }), { nil: null }),
      licenseType: fc.option(fc.integer({ min: 0, max: 9 }), { nil: null }),
      customerFullName: fc.option(fc.string({ maxLength: 6 }), { nil: null }),
    });
    fc.assert(
      fc.property(fc.array(row, { maxLength: 40 }), fc.constantFrom(...ROW_COLUMN_IDS), fc.boolean(), (partials, id, desc) => {
        const list = partials.map((p) => brief(p));
        const sorted = sortRows(list, { id, desc });
        expect(sorted).toHaveLength(list.length);
        const values = sorted.map((r) => r[id]);
        const isMissing = (v: unknown) => v === null || (typeof v === 'string' && v.trim() === '');
        const firstMissing = values.findIndex(isMissing);
        if (firstMissing >= 0) expect(values.slice(firstMissing).every(isMissing)).toBe(true);
        const present = values.filter((v) => !isMissing(v));
        for (let i = 1; i < present.length; i += 1) {
          const [prev, cur] = [present[i - 1], present[i]];
          if (typeof prev === 'number' && typeof cur === 'number') expect(desc ? prev >= cur : prev <= cur).toBe(true);
        }
      }),
    );
  });
});
