/**
 * Search over one list, typed a letter at a time. Typing extends the query, and a row that matches
 * the longer query matched the shorter one, so each keystroke searches the previous result instead
 * of the whole list (at 50,000 customers: "w" scans them all, "wi" only what "w" found). Recent
 * results are kept, so Backspace finds its answer without searching. Pure, no React.
 */
import type { ServiceBrief } from '../../api/schemas';
import { matchesTerms, searchTerms } from './filter';

/** Results kept: a word typed and erased again, letter by letter. */
const KEPT = 12;

interface Entry<R> {
  terms: readonly string[];
  key: string;
  rows: readonly R[];
}

export interface NarrowingSearch<R extends ServiceBrief> {
  /** Rows matching the query, in list order; the list itself for a blank query. */
  search: (query: string) => readonly R[];
  /** How many rows the query would have to scan (0 when its result is kept). */
  scanSize: (query: string) => number;
}

/** Every term of `wider` is inside a term of `narrower`, so narrower's matches are among wider's. */
function narrows(narrower: readonly string[], wider: readonly string[]): boolean {
  return wider.every((term) => narrower.some((candidate) => candidate.includes(term)));
}

export function createNarrowingSearch<R extends ServiceBrief>(list: readonly R[]): NarrowingSearch<R> {
  // Most recently used first.
  const kept: Entry<R>[] = [];

  const plan = (query: string) => {
    const terms = searchTerms(query);
    const key = terms.join(' ');
    const hit = kept.find((entry) => entry.key === key);
    let base: readonly R[] = list;
    if (!hit) {
      for (const entry of kept) if (entry.rows.length < base.length && narrows(terms, entry.terms)) base = entry.rows;
    }
    return { terms, key, hit, base };
  };

  const search = (query: string): readonly R[] => {
    const { terms, key, hit, base } = plan(query);
    if (terms.length === 0) return list;
    const entry = hit ?? { terms, key, rows: base.filter((row) => matchesTerms(row, terms)) };
    if (hit) kept.splice(kept.indexOf(hit), 1);
    kept.unshift(entry);
    if (kept.length > KEPT) kept.length = KEPT;
    return entry.rows;
  };

  const scanSize = (query: string): number => {
    const { terms, hit, base } = plan(query);
    return terms.length === 0 || hit ? 0 : base.length;
  };

  return { search, scanSize };
}
