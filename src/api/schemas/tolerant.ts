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

/** A field whose value did not fit its type: kept as it came, next to what was expected. */
export interface UnfitField {
  /** The value as sent (the field itself reads as its fallback, usually null). */
  value: unknown;
  /** e.g. "text", "a number", "an object". */
  expected: string;
}
export type UnfitFields = Readonly<Record<string, UnfitField>>;
/** A row that could not be read: its position in the list, the field (as sent, '' for the row) and its value. */
export const unreadableRowSchema = z.object({
  index: z.number(),
  /** Wire path inside the row, e.g. `UmpCustomerGuid` or `applicationsStatus.management`; '' = the row itself. */
  path: z.string(),
  /** What came at that path (anything, or nothing when the field is missing: show it escaped and truncated, never log it). */
  value: z.optional(z.unknown()),
});
export type UnreadableRow = z.infer<typeof unreadableRowSchema>;
/** Rows and objects read by `tolerantObject` carry the fields that did not fit here (absent when all fit). */
export interface WithUnfit {
  readonly $unfit?: UnfitFields;
  /** Per list field (e.g. `siteLocation`), the rows of that list that could not be read. */
  readonly $unreadable?: Readonly<Record<string, readonly UnreadableRow[]>>;
}

/** List fields read row by row (rows.ts registers them): the object keeps their rows, and the rest in `$unreadable`. */
export const ROW_LIST_FIELDS = new WeakSet<z.core.$ZodType>();

interface ListRead {
  rows: unknown[];
  unreadable: UnreadableRow[];
}
/** A row-list field's output as its parent object shows it: the rows alone. */
type Flattened<O> = {
  [K in keyof O]: O[K] extends { rows: Array<infer T>; unreadable: UnreadableRow[] }
    ? T[]
    : O[K] extends { rows: Array<infer T>; unreadable: UnreadableRow[] } | null
      ? T[] | null
      : O[K];
};

function isListRead(value: unknown): value is ListRead {
  return isPlainObject(value) && Array.isArray(value.rows) && Array.isArray(value.unreadable);
}

const EXPECTED_WORDS: Readonly<Record<string, string>> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  object: 'an object',
  record: 'an object',
  array: 'a list',
};

/** What a field expected, from its first issue: "text", "a number", "text or a number". */
export function expectedOf(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type') return EXPECTED_WORDS[issue.expected] ?? issue.expected;
  if (issue.code === 'invalid_union') {
    const words = new Set<string>();
    for (const branch of issue.errors) {
      const first = branch[0];
      if (first?.code === 'invalid_type' && first.path.length === 0) words.add(EXPECTED_WORDS[first.expected] ?? first.expected);
    }
    if (words.size > 0) return [...words].join(' or ');
  }
  return 'another kind of value';
}

export interface TolerantObjectOptions<K extends string, O> {
  /** Spellings that differ by more than case, e.g. `enabled` for `isEnabled` (the OVOC table's name). */
  aliases?: Partial<Record<K, readonly string[]>>;
  /**
   * Fields that identify the object: when one does not fit, the object (a row) cannot be read at all.
   * Every other field that does not fit is read as its fallback and listed in `$unfit`.
   */
  identity?: readonly K[];
  /** Fallbacks for fields that cannot be null (a top-level object has no row to drop). */
  fallbacks?: Partial<{ [P in K]: P extends keyof O ? O[P] : never }>;
}

/**
 * `z.object(shape)` that accepts any casing of the shape's keys (plus declared aliases) and degrades a
 * field, not the object: a field whose value does not fit reads as null (or its fallback) and is kept as
 * it came in `$unfit`. Only an identity field, or a field with no fallback, fails the object.
 * Performance: an object that fits is parsed once, as before; only a misfit pays for the repair.
 */
export function tolerantObject<S extends z.core.$ZodShape>(
  shape: S,
  options: TolerantObjectOptions<Extract<keyof S, string>, z.output<z.ZodMiniObject<S>>> = {},
) {
  const canonical = new Set(Object.keys(shape));
  const lookup = new Map<string, string>();
  for (const key of canonical) lookup.set(foldKey(key), key);
  const aliases: Partial<Record<string, readonly string[]>> = options.aliases ?? {};
  for (const [key, spellings] of Object.entries(aliases)) {
    for (const spelling of spellings ?? []) lookup.set(foldKey(spelling), key);
  }
  const remap = createKeyRemapper(lookup, canonical);
  const object = z.object(shape);
  type Out = Flattened<z.output<typeof object>> & WithUnfit;
  const identity = new Set<string>(options.identity ?? []);
  const fallbacks: Record<string, unknown> = { ...options.fallbacks };
  // A field may degrade when it is not identity and null (or its fallback) is a value it accepts.
  const fallbackOf = new Map<string, unknown>();
  const listKeys = Object.entries(shape).filter(([, field]) => ROW_LIST_FIELDS.has(field)).map(([key]) => key);
  const flatten = (data: Record<string, unknown>, unfit: UnfitFields | null): Out => {
    const out: Record<string, unknown> = { ...data };
    const unreadable: Record<string, readonly UnreadableRow[]> = {};
    for (const key of listKeys) {
      const read = out[key];
      if (!isListRead(read)) continue;
      out[key] = read.rows;
      if (read.unreadable.length > 0) unreadable[key] = read.unreadable;
    }
    if (unfit) out.$unfit = unfit;
    if (Object.keys(unreadable).length > 0) out.$unreadable = unreadable;
    // The mapped type says what this loop does: list fields become their rows.
    return out as Out;
  };
  for (const [key, field] of Object.entries(shape)) {
    if (identity.has(key)) continue;
    if (Object.hasOwn(fallbacks, key)) fallbackOf.set(key, fallbacks[key]);
    else if (z.safeParse(field, null).success) fallbackOf.set(key, null);
  }

  return z.transform((input: unknown, ctx): Out => {
    const value = remap(input);
    const first = z.safeParse(object, value);
    if (first.success) return listKeys.length === 0 ? (first.data as Out) : flatten(first.data, null);
    const repaired = isPlainObject(value) ? repair(value, first.error.issues) : null;
    const second = repaired ? z.safeParse(object, repaired.value) : null;
    if (repaired && second?.success) return flatten(second.data, repaired.unfit);
    for (const issue of (second && !second.success ? second.error : first.error).issues) ctx.issues.push({ ...issue, input: undefined });
    return z.NEVER;
  });

  function repair(value: Record<string, unknown>, issues: readonly z.core.$ZodIssue[]) {
    const unfit: Record<string, UnfitField> = {};
    const next = { ...value };
    for (const issue of issues) {
      const key = issue.path[0];
      if (typeof key !== 'string' || !fallbackOf.has(key)) return null;
      if (Object.hasOwn(unfit, key)) continue;
      unfit[key] = { value: value[key], expected: expectedOf(issue) };
      next[key] = fallbackOf.get(key);
    }
    return { value: next, unfit };
  }
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
