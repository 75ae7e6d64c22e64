import { seed } from '../../../simulator/seed';
import { generateCustomer } from '../../../simulator/generate';
import { searchRows } from './filter';
import { createNarrowingSearch } from './narrowing-search';

const big = Array.from({ length: 3000 }, (_, index) => generateCustomer(index));

describe('narrowing search', () => {
  it('finds exactly what a full search finds, letter by letter, through Backspace and new words', () => {
    const search = createNarrowingSearch(big);
    const typed = ['w', 'wi', 'win', 'wing', 'wing ', 'wing t', 'wing te', 'wing t', 'wing', 'win', 'wi', 'w', '', 'ng', 'wing', 'WinG', 'ing w', 'x'];
    for (const query of typed) expect(search.search(query), query).toEqual(searchRows(big, query));
  });

  it('searches only the previous result while typing on, and nothing again on Backspace', () => {
    const search = createNarrowingSearch(big);
    expect(search.scanSize('w')).toBe(big.length);
    const w = search.search('w');
    expect(w.length).toBeLessThan(big.length);
    expect(search.scanSize('wi')).toBe(w.length);
    // Another word narrows too: its rows must also match "w".
    expect(search.scanSize('wi n')).toBe(w.length);
    const wi = search.search('wi');
    expect(search.scanSize('w')).toBe(0);
    expect(search.search('w')).toBe(w);
    expect(search.search('wi')).toBe(wi);
    // Not an extension of anything kept: the whole list.
    expect(search.scanSize('x')).toBe(big.length);
  });

  it('hands back the list itself for a blank query', () => {
    const search = createNarrowingSearch(seed.servicesBrief);
    expect(search.search('  ')).toBe(seed.servicesBrief);
    expect(search.scanSize('')).toBe(0);
  });
});
