/**
 * How search params look in the address bar. Parsing is the router default (JSON-aware, so numbers
 * and booleans come back typed). Writing differs in one way: lists of plain words or numbers are
 * written comma-separated (`?status=ERROR,WARNING&license=1,2`) instead of as JSON
 * (`?status=%5B%22ERROR%22...`), so links stay readable and hand-editable. The route schemas
 * (components/search-params.ts) read both forms, plus repeated params.
 *
 * The router's encoder (URLSearchParams) percent-encodes every comma (`license=0%2C1%2C2`), which
 * would undo the point of the comma join, so commas are put back as they are: a comma is legal in a
 * query string and decodes the same either way, and `%2C` in the encoder's output can only be an
 * encoded comma (a literal "%2C" in a value is written `%252C`), so the swap is lossless.
 */
import { defaultParseSearch, defaultStringifySearch } from '@tanstack/react-router';

/** Words that survive the comma join and the JSON-aware parse unchanged. */
const PLAIN_WORD = /^[A-Za-z_][A-Za-z0-9_.:\- ]*$/;

function isJoinable(list: readonly unknown[]): boolean {
  return (
    list.length > 0 &&
    list.every(
      (item) =>
        (typeof item === 'number' && Number.isFinite(item)) ||
        (typeof item === 'string' && PLAIN_WORD.test(item) && item === item.trim() && item !== 'true' && item !== 'false'),
    )
  );
}

const ENCODED_COMMA = /%2C/g;

export const parseSearch = defaultParseSearch;

export function stringifySearch(search: Record<string, unknown>): string {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(search)) {
    // An empty list means "no filter": leave it out of the URL rather than writing `a=`.
    if (Array.isArray(value) && value.length === 0) continue;
    if (Array.isArray(value) && isJoinable(value)) {
      // A lone number stays a number: the string "1" would be JSON-quoted to keep it a string.
      out[key] = value.length === 1 && typeof value[0] === 'number' ? value[0] : value.join(',');
    } else {
      out[key] = value;
    }
  }
  return defaultStringifySearch(out).replace(ENCODED_COMMA, ',');
}
