import { servicesSearchSchema } from './search';

const parse = (input: Record<string, unknown>) => servicesSearchSchema.parse(input);

describe('services search params', () => {
  it('fills defaults for a bare URL', () => {
    expect(parse({})).toEqual({ q: '', license: [], health: [], sort: '' });
  });

  it('reads a full view as the router hands it over', () => {
    expect(parse({ q: 'walter', license: '1,3', health: 'ERROR,no-ovoc', sort: '-licensedUsersCount' })).toEqual({
      q: 'walter',
      license: [1, 3],
      health: ['ERROR', 'no-ovoc'],
      sort: '-licensedUsersCount',
    });
    // ?license=2 arrives as a number, ?license=[1,2] and repeated params as arrays; ?q=123 as a number.
    expect(parse({ license: 2, q: 123 })).toMatchObject({ license: [2], q: '123' });
    expect(parse({ license: [1, 2] }).license).toEqual([1, 2]);
  });

  it('never fails on malformed input: bad parts fall back to defaults', () => {
    expect(parse({ q: { a: 1 }, license: 'x,9,-1,2', sort: 'a b' })).toEqual({ q: '', license: [2], health: [], sort: '' });
    expect(parse({ license: null, sort: 42 })).toEqual({ q: '', license: [], health: [], sort: '' });
    expect(parse({ q: 'x'.repeat(500) }).q).toHaveLength(200);
  });

  it('reads the health filter as an open list of words, dropping what is not a word list', () => {
    // Unknown status words pass through (OVOC's vocabulary is open); repeated params and a lone word work too.
    expect(parse({ health: 'ERROR, DEGRADED ,ERROR' }).health).toEqual(['ERROR', 'DEGRADED']);
    expect(parse({ health: ['WARNING', 'not-reported'] }).health).toEqual(['WARNING', 'not-reported']);
    expect(parse({ health: { a: 1 } }).health).toEqual([]);
    expect(parse({ health: null }).health).toEqual([]);
  });
});
