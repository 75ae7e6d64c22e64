/**
 * A list read row by row: a row that does not fit is left out and reported (its position), the rest
 * are shown. Only a value that is not a list at all fails the call.
 */
import * as z from 'zod/mini';
import { orNull } from './tolerant';

/** Degrades a field that does not fit to null instead of failing the whole object. */
export const lenient = <T extends z.core.$ZodType>(schema: T) => z.catch(orNull(schema), null);

export interface Rows<T> {
  rows: T[];
  /** Positions (0-based) of rows that could not be read. */
  unreadable: number[];
}

export function readRows<T extends z.core.$ZodType>(row: T) {
  return z.pipe(
    z.nullable(z.array(z.unknown())),
    z.transform((items): Rows<z.output<T>> => {
      const out: Rows<z.output<T>> = { rows: [], unreadable: [] };
      (items ?? []).forEach((item, index) => {
        const result = z.safeParse(row, item);
        if (result.success) out.rows.push(result.data);
        else out.unreadable.push(index);
      });
      return out;
    }),
  );
}
