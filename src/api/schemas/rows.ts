/**
 * Lists read row by row: one row that cannot be read is left out and reported, never the whole list.
 * The same reader serves the browser (through `rowList` in the response schemas) and the server (`readRows`).
 */
import * as z from 'zod/mini';
import { ROW_LIST_FIELDS, foldKey, isPlainObject, orNull, type UnreadableRow } from './tolerant';

export { unreadableRowSchema, type UnreadableRow } from './tolerant';

export interface RowsRead<T> {
  rows: T[];
  unreadable: UnreadableRow[];
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

function wireKey(record: Record<string, unknown>, key: string): string | undefined {
  if (Object.hasOwn(record, key)) return key;
  const folded = foldKey(key);
  return Object.keys(record).find((candidate) => foldKey(candidate) === folded);
}

/** The path of an issue in the row's own spelling (the schema folds key case), and the value found there. */
export function locateInRow(row: unknown, path: readonly PropertyKey[]): { path: string; value: unknown } {
  let current: unknown = row;
  let text = '';
  for (const segment of path) {
    if (typeof segment === 'number') {
      text += `[${segment}]`;
      current = Array.isArray(current) ? current[segment] : undefined;
      continue;
    }
    const key = String(segment);
    const found = isPlainObject(current) ? wireKey(current, key) : undefined;
    const name = found ?? key;
    text += IDENTIFIER.test(name) ? `${text === '' ? '' : '.'}${name}` : `[${JSON.stringify(name)}]`;
    current = found !== undefined && isPlainObject(current) ? current[found] : undefined;
  }
  return { path: text, value: current };
}

/**
 * Reads every element of `input` with `schema` on its own. Performance: a row that fits costs one
 * safeParse, as it did inside `z.array`; only a row that does not fit pays for locating its problem.
 */
export function readRows<S extends z.core.$ZodType>(schema: S, input: readonly unknown[]): RowsRead<z.output<S>> {
  const rows: z.output<S>[] = [];
  const unreadable: UnreadableRow[] = [];
  for (let index = 0; index < input.length; index += 1) {
    const row = input[index];
    const result = z.safeParse(schema, row);
    if (result.success) {
      rows.push(result.data);
      continue;
    }
    const first = result.error.issues[0];
    // A row that is not an object at all is reported whole.
    const at = first && isPlainObject(row) ? locateInRow(row, first.path) : { path: '', value: row };
    unreadable.push({ index, path: at.path, value: at.value });
  }
  return { rows, unreadable };
}

/** A list response (or list field) read row by row; only a value that is not a list fails it. */
export function rowList<S extends z.core.$ZodType>(row: S) {
  return z.transform((input: unknown, ctx): RowsRead<z.output<S>> => {
    if (Array.isArray(input)) return readRows(row, input);
    ctx.issues.push({ code: 'invalid_type', expected: 'array', input, message: 'expected a list' });
    return z.NEVER;
  });
}

/**
 * A list field of an object, read row by row and possibly absent or null (null, distinct from []).
 * Its object (tolerantObject) shows the rows in the field and the unreadable ones in `$unreadable`.
 */
export function nullableRowList<S extends z.core.$ZodType>(row: S) {
  const field = z._default(z.nullable(rowList(row)), null);
  ROW_LIST_FIELDS.add(field);
  return field;
}

/** The same, for a list field that is always there: absent or null reads as an empty list. */
export function rowListField<S extends z.core.$ZodType>(row: S) {
  const field = z._default(
    z.pipe(
      z.nullable(rowList(row)),
      z.transform((read: RowsRead<z.output<S>> | null) => read ?? noRows<z.output<S>>()),
    ),
    noRows<z.output<S>>(),
  );
  ROW_LIST_FIELDS.add(field);
  return field;
}

/** No rows and nothing unreadable, e.g. where a list field was not sent. */
export const noRows = <T>(): RowsRead<T> => ({ rows: [], unreadable: [] });
/** Degrades a field that does not fit to null instead of failing the whole object. */
export const lenient = <T extends z.core.$ZodType>(schema: T) => z.catch(orNull(schema), null);

