import { formatSort, parseSort, toTokens } from './search-params';

describe('toTokens', () => {
  it('splits, trims and de-duplicates', () => {
    expect(toTokens(' a, b ,a,,')).toEqual(['a', 'b']);
    expect(toTokens(['a,b', 'c', 3, true])).toEqual(['a', 'b', 'c', '3', 'true']);
  });

  it('ignores values that are not text or numbers', () => {
    expect(toTokens(undefined)).toEqual([]);
    expect(toTokens(null)).toEqual([]);
    expect(toTokens({ a: 1 })).toEqual([]);
    expect(toTokens([NaN, {}, null])).toEqual([]);
  });
});

describe('parseSort / formatSort', () => {
  it('round-trips ascending and descending keys', () => {
    expect(parseSort('customerShortName')).toEqual({ id: 'customerShortName', desc: false });
    expect(parseSort('-licenseType')).toEqual({ id: 'licenseType', desc: true });
    expect(formatSort({ id: 'licenseType', desc: true })).toBe('-licenseType');
    expect(formatSort(null)).toBe('');
  });

  it('returns null for empty or malformed keys', () => {
    expect(parseSort('')).toBeNull();
    expect(parseSort('-')).toBeNull();
    expect(parseSort('a b')).toBeNull();
  });
});
