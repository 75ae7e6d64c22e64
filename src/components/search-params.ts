/**
 * Building blocks for route search schemas (src/features/<x>/search.ts).
 *
 * Search params are user-editable input: people paste links, trim them by hand and keep bookmarks
 * across releases. So every param here is *total*: any value (missing, mistyped, wrong shape)
 * parses to something usable and nothing ever throws; a malformed value falls back to its default.
 *
 * The router JSON-parses values before validation (`?q=123` arrives as the number 123, a repeated
 * `?a=1&a=2` as [1, 2], `?a=[1,2]` as [1, 2]) and our stringifier writes lists as `a=1,2`, so list
 * params accept all of those shapes.
 *
 * Lives in components/ (not app/) because feature search schemas import it and features must not
 * import the shell.
 */
import * as z from 'zod/mini';

const MAX_TEXT_LENGTH = 200;
const MAX_LIST_ITEMS = 50;
const MAX_TOKEN_LENGTH = 100;

function scalarToString(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value === 'boolean') return String(value);
  return undefined;
}

/** Raw search value -> trimmed, de-duplicated, non-empty tokens (comma-separated or repeated). */
export function toTokens(raw: unknown): string[] {
  const parts: readonly unknown[] = Array.isArray(raw) ? raw : [raw];
  const tokens = new Set<string>();
  for (const part of parts) {
    const text = scalarToString(part);
    if (text === undefined) continue;
    for (const piece of text.split(',')) {
      const token = piece.trim();
      if (token !== '' && token.length <= MAX_TOKEN_LENGTH) tokens.add(token);
    }
  }
  return [...tokens].slice(0, MAX_LIST_ITEMS);
}

function toText(raw: unknown): string {
  // A text box value: keep it as typed (no trimming, so typing a space does not fight the URL).
  return (scalarToString(raw) ?? '').slice(0, MAX_TEXT_LENGTH);
}

/** Free text (e.g. a search box). Default ''. Numbers/booleans from the URL become their text. */
export function textParam() {
  // Explicit generics: the runtime function accepts anything, while navigation is typed as a string.
  return z.catch(z._default(z.pipe(z.transform<string, string>(toText), z.string()), ''), '');
}

/**
 * A set of integers within [min, max] (e.g. license types 0..5). Default [].
 * Out-of-range or non-numeric items are dropped rather than failing the whole list.
 */
export function intListParam(min: number, max: number) {
  const toInts = (raw: unknown): number[] =>
    toTokens(raw)
      .filter((token) => /^-?\d+$/.test(token))
      .map(Number)
      .filter((n) => Number.isSafeInteger(n) && n >= min && n <= max);
  return z.catch(
    z._default(z.pipe(z.transform<readonly number[], number[]>(toInts), z.array(z.number())), () => []),
    () => [],
  );
}

/** A set of strings (status words, license names, ...). Open: unknown words pass through. Default []. */
export function stringListParam() {
  return z.catch(
    z._default(z.pipe(z.transform<readonly string[], string[]>(toTokens), z.array(z.string())), () => []),
    () => [],
  );
}

const SORT_PATTERN = /^-?[A-Za-z][A-Za-z0-9_.]{0,63}$/;

/**
 * A single sort key: a column id, prefixed with '-' for descending ('customerShortName',
 * '-licenseType'). Default '' (the page's natural order). Anything else falls back to ''.
 * Column ids are not listed here on purpose: the table owns its columns and ignores unknown ids.
 */
export function sortParam() {
  const toSort = (raw: unknown): string => {
    const text = typeof raw === 'string' ? raw.trim() : '';
    return SORT_PATTERN.test(text) ? text : '';
  };
  return z.catch(z._default(z.pipe(z.transform<string, string>(toSort), z.string()), ''), '');
}

export interface SortState {
  id: string;
  desc: boolean;
}

/** '-licenseType' -> { id: 'licenseType', desc: true }; '' -> null. */
export function parseSort(sort: string): SortState | null {
  if (!SORT_PATTERN.test(sort)) return null;
  return sort.startsWith('-') ? { id: sort.slice(1), desc: true } : { id: sort, desc: false };
}

/** Inverse of parseSort: null -> ''. */
export function formatSort(state: SortState | null): string {
  if (!state) return '';
  return state.desc ? `-${state.id}` : state.id;
}
