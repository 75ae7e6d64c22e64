import { parseSearch, stringifySearch } from './search-serialization';
import { servicesSearchSchema } from '../features/services/search';
import { healthSearchSchema } from '../features/health/search';

describe('search serialization', () => {
  it('writes lists of words/numbers comma-separated and omits empty lists', () => {
    const text = stringifySearch({ status: ['ERROR', 'WARNING'], license: [1, 2], source: [] });
    expect(new URLSearchParams(text).get('status')).toBe('ERROR,WARNING');
    expect(new URLSearchParams(text).get('license')).toBe('1,2');
    expect(new URLSearchParams(text).has('source')).toBe(false);
  });

  it('writes the commas of a list as commas, not %2C', () => {
    expect(stringifySearch({ license: [0, 1, 2] })).toBe('?license=0,1,2');
    expect(stringifySearch({ status: ['ERROR', 'WARNING'], q: 'a b' })).toBe('?status=ERROR,WARNING&q=a+b');
    // A literal "%2C" typed into a value stays that text (its % is encoded), and a comma in text round-trips.
    const text = { q: 'x%2Cy, z' };
    expect(parseSearch(stringifySearch(text))).toEqual(text);
  });

  it('round-trips through parse and the route schemas', () => {
    const services = { q: 'contoso 42', license: [0, 5], health: ['ERROR', 'no-ovoc'], sort: '-licenseType' };
    expect(servicesSearchSchema.parse(parseSearch(stringifySearch(services)))).toEqual(services);

    const single = { q: '123', license: [3], health: ['WARNING'], sort: '' };
    expect(servicesSearchSchema.parse(parseSearch(stringifySearch(single)))).toEqual(single);

    const health = { q: '', status: ['ERROR'], license: ['ESSENTIAL', 'PRO_IMTR'], source: [], sort: 'status' };
    expect(healthSearchSchema.parse(parseSearch(stringifySearch(health)))).toMatchObject(health);
  });

  it('keeps a single number a number', () => {
    expect(stringifySearch({ license: [3] })).toBe('?license=3');
    expect(parseSearch('?license=3')).toEqual({ license: 3 });
  });

  it('falls back to JSON for lists that would not survive a comma join', () => {
    const tricky = { status: ['a,b', 'true'] };
    expect(parseSearch(stringifySearch(tricky))).toEqual(tricky);
  });

  it('reads repeated params as a list', () => {
    expect(servicesSearchSchema.parse(parseSearch('?license=1&license=4')).license).toEqual([1, 4]);
  });
});
