/**
 * Tolerant-reader building blocks shared by every response schema.
 *
 * The vendor's examples use PascalCase (`UmpCustomerGuid`), its tables camelCase (`umpCustomerGuid`) and
 * sometimes a third spelling (`msTenantID`, `sbcdeploymentState`). Rather than listing aliases per field,
 * `tolerantObject` folds key case once, generically. Unknown fields are dropped, absent optional fields
 * become `null` (so "not sent" renders as an em dash and never as 0), and enums stay open.
 */
import * as z from 'zod/mini';

/** Keys are compared without regard to case: `MsTenantId`, `msTenantID` and `mstenantid` are one field. */
export const foldKey = (key: string): string => key.toLowerCase();

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export interface TolerantObjectOptions<K extends string> {
  /** Spellings that differ by more than case, e.g. `enabled` for `isEnabled` (the OVOC table's name). */
  aliases?: Partial<Record<K, readonly string[]>>;
}

/**
 * Renames the keys of `input` onto the canonical keys. An exact canonical key wins over other spellings,
 * so a payload carrying both `msTenantId` and `MsTenantId` is read predictably; otherwise the first
 * spelling in the payload's key order wins. Unknown keys are dropped. Non-objects pass through
 * untouched so that the object schema reports "expected an object" at the right path.
 *
 * Performance: a list response repeats one key list (same names, same order) in every row, 50,000 times
 * for a large service provider. So the renaming is planned once per key list, without regard to the
 * values, and replayed for every row with that key list: no case folding or map lookups per row. A row
 * with other keys gets a plan of its own (the last plan is kept), so any mix of rows reads the same.
 */
export function createKeyRemapper(lookup: ReadonlyMap<string, string>, canonical: ReadonlySet<string>): (input: unknown) => unknown {
  interface Plan {
    keys: readonly string[];
    /** Read keys[from[i]] into out[to[i]], in this order (the order the reader always wrote in). */
    from: number[];
    to: string[];
  }
  let last: Plan = { keys: [], from: [], to: [] };

  const plan = (keys: readonly string[]): Plan => {
    const next: Plan = { keys, from: [], to: [] };
    const claimed = new Set<string>();
    // First the exact canonical spellings, then the first other spelling of each remaining key.
    keys.forEach((key, index) => {
      if (!canonical.has(key)) return;
      next.from.push(index);
      next.to.push(key);
      claimed.add(key);
    });
    keys.forEach((key, index) => {
      const target = lookup.get(foldKey(key));
      if (target === undefined || claimed.has(target)) return;
      next.from.push(index);
      next.to.push(target);
      claimed.add(target);
    });
    return next;
  };

  const matches = (keys: readonly string[], planned: readonly string[]): boolean => {
    if (keys.length !== planned.length) return false;
    for (let i = 0; i < keys.length; i += 1) if (keys[i] !== planned[i]) return false;
    return true;
  };

  return (input) => {
    if (!isPlainObject(input)) return input;
    const keys = Object.keys(input);
    if (!matches(keys, last.keys)) last = plan(keys);
    const { from, to } = last;
    const out: Record<string, unknown> = {};
    for (let i = 0; i < from.length; i += 1) out[to[i] as string] = input[keys[from[i] as number] as string];
    return out;
  };
}

/** `z.object(shape)` that accepts any casing of the shape's keys (plus declared aliases). */
export function tolerantObject<S extends z.core.$ZodShape>(
  shape: S,
  options: TolerantObjectOptions<Extract<keyof S, string>> = {},
) {
  const canonical = new Set(Object.keys(shape));
  const lookup = new Map<string, string>();
  for (const key of canonical) lookup.set(foldKey(key), key);
  const aliases: Partial<Record<string, readonly string[]>> = options.aliases ?? {};
  for (const [key, spellings] of Object.entries(aliases)) {
    for (const spelling of spellings ?? []) lookup.set(foldKey(spelling), key);
  }
  return z.pipe(z.transform(createKeyRemapper(lookup, canonical)), z.object(shape));
}

/** Absent -> null. `null` itself stays `null` (distinct from 0 / ''). */
export function orNull<T extends z.core.$ZodType>(schema: T) {
  return z._default(z.nullable(schema), null);
}

// Canonical decimal numbers only: "0", "-12", "3.5". Not "", " ", "1e3" or "0x10", which are more
// likely a different meaning than a stringified number.
const NUMERIC_TEXT = /^-?\d+(\.\d+)?$/;

/**
 * A number that may arrive stringified. The OVOC example sends Integer parameters as "0", so the
 * vendor's serializer demonstrably does this; accepting "50" for a count is safe, accepting "" is not.
 */
export const numberish = z.pipe(
  z.transform((value) => (typeof value === 'string' && NUMERIC_TEXT.test(value) ? Number(value) : value)),
  z.number(),
);

/** Text the vendor's table types differently from its example (e.g. ApplicationClientId: "integer" vs a GUID). */
export const stringish = z.pipe(
  z.transform((value) => (typeof value === 'number' && Number.isFinite(value) ? String(value) : value)),
  z.string(),
);

/**
 * An open string enum: any string passes through unchanged (a new vendor status never breaks a page),
 * while the known words still show up in editor completion via the `string & {}` idiom.
 */
export function openEnum<const T extends readonly string[]>(_known: T) {
  return z.pipe(z.string(), z.transform((value: string): T[number] | (string & {}) => value));
}

/** An id whose type the vendor does not document: kept as it came. */
export const idValue = z.union([z.number(), z.string()]);

export const nullableString = () => orNull(z.string());
export const nullableNumber = () => orNull(numberish);
export const nullableBoolean = () => orNull(z.boolean());
/** OVOC ids are documented as longs (node_id sequence); a stringified long is read as a number. */
export const nullableId = () => orNull(numberish);
export const nullableIdList = () => orNull(z.array(numberish));
