/**
 * Hostile and broken API payloads for fuzz tests: a documented example is walked field by field and
 * each field is kept or broken (null, dropped, key case changed, wrong type, number as string,
 * unknown enum word, huge / unicode / HTML-and-script text), lists are shortened or repeated, unknown
 * fields (including "__proto__") are added, and now and then the whole payload is replaced.
 * A custom arbitrary draws every decision from fast-check's random source, so a failure is
 * reproducible from the seed fast-check prints (payloads are not shrunk: a walk of hundreds of
 * decisions is too deep for fc.gen()).
 */
import fc from 'fast-check';

/** Markup and injection attempts a name could carry. Each must render as inert text. */
export const MARKUP = [
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  '"><svg onload=alert(1)>',
  "'><iframe src=javascript:alert(1)>",
  '</title><img src=x onerror=alert(2)>',
  'javascript:alert(1)',
  '{{constructor.constructor("alert(1)")()}}',
  '${alert(1)}',
  '=HYPERLINK("http://evil.example","x")',
  '<b onmouseover=alert(1)>bold</b>',
] as const;

const UNICODE = [
  'Zoë Müller-Ødegård',
  '日本語のお客様',
  'مرحبا بالعميل',
  '\u202Egnp.exe',
  'e\u0301\u0301\u0301\u0301',
  '👩‍👩‍👧‍👦🏳️‍🌈',
  '\u0000\u0007\u001b[31mred',
  '\uFEFFbom',
  'lone \uD800 surrogate',
  'ﷺ'.repeat(20),
] as const;

const UNKNOWN_WORDS = ['DEGRADED', 'Partially Deployed', 'ok', 'error', 'Deployed ', 'UNKNOWN_FUTURE_STATE', '3', 'null', 'undefined'] as const;

const hugeText = fc.integer({ min: 5_000, max: 100_000 }).map((n) => `${'W'.repeat(n)}<img src=x onerror=alert(3)>`);

export const hostileText: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...MARKUP) },
  { weight: 2, arbitrary: fc.constantFrom(...UNICODE) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 30 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
  { weight: 1, arbitrary: hugeText },
  { weight: 1, arbitrary: fc.constantFrom('', ' ', '\n\t ') },
);

const unknownEnum = fc.oneof(fc.constantFrom(...UNKNOWN_WORDS), fc.stringMatching(/^[A-Z][A-Z_]{2,14}$/));

/** Numbers JSON can carry that a page may not expect, and numbers as strings. */
const oddNumber = fc.oneof(
  fc.constantFrom(-1, 0, -0, 3.5, 1e308, -1e308, 2 ** 53 + 2, 999_999_999_999, 7, 42),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);
const numberAsText = fc.oneof(
  fc.integer({ min: -5, max: 100_000 }).map(String),
  fc.constantFrom('3.5', '1e3', '0x10', 'NaN', 'Infinity', '', ' 42 ', '-0', '١٢'),
);

const wrongType: fc.Arbitrary<unknown> = fc.oneof(
  fc.boolean(),
  fc.constant({}),
  fc.constant([]),
  fc.array(fc.integer({ min: 0, max: 9 }), { maxLength: 3 }),
  fc.dictionary(fc.constantFrom('a', 'Name', 'value'), fc.string({ maxLength: 5 }), { maxKeys: 2 }),
);

/** A broken replacement for one scalar, in keeping with what it was. */
function brokenScalar(original: unknown): fc.Arbitrary<unknown> {
  const common = [fc.constant(null), wrongType];
  if (typeof original === 'number') return fc.oneof(numberAsText, oddNumber, hostileText, ...common);
  if (typeof original === 'boolean') return fc.oneof(fc.constantFrom('true', 'false', 1, 0), hostileText, ...common);
  if (typeof original === 'string') return fc.oneof(hostileText, unknownEnum, oddNumber, ...common);
  return fc.oneof(hostileText, oddNumber, unknownEnum, wrongType);
}

type Recase = 'lower' | 'upper' | 'pascal' | 'camel' | 'snake';

function recase(key: string, how: Recase): string {
  switch (how) {
    case 'lower':
      return key.toLowerCase();
    case 'upper':
      return key.toUpperCase();
    case 'pascal':
      return key.charAt(0).toUpperCase() + key.slice(1);
    case 'camel':
      return key.charAt(0).toLowerCase() + key.slice(1);
    case 'snake':
      return key.replace(/([a-z])([A-Z])/g, '$1_$2').toLowerCase();
  }
}

type FieldAction = 'keep' | 'break' | 'null' | 'drop' | 'recase' | 'wrongType';
const FIELD_ACTIONS = fc.oneof(
  { weight: 14, arbitrary: fc.constant<FieldAction>('keep') },
  { weight: 4, arbitrary: fc.constant<FieldAction>('break') },
  { weight: 1, arbitrary: fc.constant<FieldAction>('null') },
  { weight: 1, arbitrary: fc.constant<FieldAction>('drop') },
  { weight: 2, arbitrary: fc.constant<FieldAction>('recase') },
  { weight: 1, arbitrary: fc.constant<FieldAction>('wrongType') },
);
const RECASES = fc.constantFrom<Recase>('lower', 'upper', 'pascal', 'camel', 'snake');
const EXTRA_KEYS = fc.array(fc.constantFrom('__proto__', 'constructor', 'unknownField', 'Status', '$type', 'password'), { maxLength: 2 });

/** Draws one value from an arbitrary with the run's random source. */
type Draw = <T>(arbitrary: fc.Arbitrary<T>) => T;

function mutateObject(input: Record<string, unknown>, draw: Draw, depth: number): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  // defineProperty: "__proto__" becomes a real key (as JSON.parse makes it), not the prototype.
  const put = (key: string, value: unknown) => Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
  for (const [key, value] of Object.entries(input)) {
    const action = draw(FIELD_ACTIONS);
    if (action === 'drop') continue;
    if (action === 'null') put(key, null);
    else if (action === 'wrongType') put(key, draw(wrongType));
    else if (action === 'recase') put(recase(key, draw(RECASES)), mutate(value, draw, depth + 1));
    else if (action === 'break' && (typeof value !== 'object' || value === null)) put(key, draw(brokenScalar(value)));
    else put(key, mutate(value, draw, depth + 1));
  }
  for (const key of draw(EXTRA_KEYS)) put(key, draw(fc.oneof(hostileText, wrongType, fc.constant(null))));
  return out;
}

type ListAction = 'keep' | 'shorten' | 'repeat' | 'empty';
const LIST_ACTIONS = fc.oneof(
  { weight: 6, arbitrary: fc.constant<ListAction>('keep') },
  { weight: 3, arbitrary: fc.constant<ListAction>('shorten') },
  { weight: 1, arbitrary: fc.constant<ListAction>('repeat') },
  { weight: 1, arbitrary: fc.constant<ListAction>('empty') },
);

function mutateList(input: readonly unknown[], draw: Draw, depth: number, maxItems: number): unknown[] {
  const action = draw(LIST_ACTIONS);
  let items = input.slice(0, maxItems);
  if (action === 'empty') items = [];
  if (action === 'shorten' && items.length > 0) {
    const start = draw(fc.nat(items.length - 1));
    items = items.slice(start, start + draw(fc.integer({ min: 1, max: Math.max(1, maxItems) })));
  }
  if (action === 'repeat' && items.length > 0) items = [...items, items[0]];
  return items.map((item) => mutate(item, draw, depth + 1));
}

function mutate(value: unknown, draw: Draw, depth: number, maxItems = 8): unknown {
  if (depth > 8) return value;
  if (Array.isArray(value)) return mutateList(value, draw, depth, maxItems);
  if (typeof value === 'object' && value !== null) return mutateObject(value as Record<string, unknown>, draw, depth);
  return value;
}

type TopAction = 'mutate' | 'replace';
const TOP_ACTIONS = fc.oneof({ weight: 30, arbitrary: fc.constant<TopAction>('mutate') }, { weight: 1, arbitrary: fc.constant<TopAction>('replace') });
const WHOLE_REPLACEMENTS = fc.constantFrom<unknown>(null, {}, [], 'Service temporarily unavailable', 42, true, { services: null }, [null], [[]]);

export interface HostileOptions {
  /** At most this many entries per list (the examples hold up to 35). */
  maxItems?: number;
}

class HostileArbitrary extends fc.Arbitrary<unknown> {
  constructor(
    private readonly example: unknown,
    private readonly maxItems: number,
  ) {
    super();
  }

  generate(random: fc.Random, biasFactor: number | undefined): fc.Value<unknown> {
    const draw: Draw = (arbitrary) => arbitrary.generate(random, biasFactor).value;
    const payload = draw(TOP_ACTIONS) === 'replace' ? draw(WHOLE_REPLACEMENTS) : mutate(this.example, draw, 0, this.maxItems);
    return new fc.Value(payload, undefined);
  }

  canShrinkWithoutContext(_value: unknown): _value is unknown {
    return false;
  }

  shrink(): fc.Stream<fc.Value<unknown>> {
    return fc.Stream.nil();
  }
}

/** A payload derived from `example` with random damage (see the file comment). */
export function hostilePayload(example: unknown, options: HostileOptions = {}): fc.Arbitrary<unknown> {
  return new HostileArbitrary(example, options.maxItems ?? 35);
}

/** Every string anywhere in a JSON value (keys excluded). */
export function stringsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  if (typeof value === 'object' && value !== null) return Object.values(value).flatMap(stringsIn);
  return [];
}
