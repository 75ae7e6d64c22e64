/**
 * Hostile and broken API payloads for fuzz tests. A documented example is walked field by field in
 * one of two modes, half the payloads each:
 *   - hostile: values keep their JSON type but turn nasty (HTML/script, unicode, huge text, unknown
 *     enum words, odd or stringified numbers, key case changed), so most still parse and reach the page;
 *   - broken: fields are also nulled, dropped or given the wrong type, so many must be refused.
 * In both, lists are shortened, emptied or repeat an entry, unknown fields (including "__proto__")
 * are added, and now and then the whole payload is replaced.
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

/** A hostile value of the same JSON type (a number may also come as canonical text, as OVOC sends it). */
function hostileScalar(original: unknown): fc.Arbitrary<unknown> {
  if (typeof original === 'number') return fc.oneof(oddNumber, fc.integer({ min: -5, max: 100_000 }).map(String));
  if (typeof original === 'string') return fc.oneof({ weight: 3, arbitrary: hostileText }, { weight: 1, arbitrary: unknownEnum });
  return fc.constant(original);
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
const DAMAGE = fc.oneof(
  { weight: 4, arbitrary: fc.constant<FieldAction>('break') },
  { weight: 1, arbitrary: fc.constant<FieldAction>('null') },
  { weight: 1, arbitrary: fc.constant<FieldAction>('drop') },
  { weight: 3, arbitrary: fc.constant<FieldAction>('recase') },
  { weight: 1, arbitrary: fc.constant<FieldAction>('wrongType') },
);
const HOSTILE = fc.oneof({ weight: 4, arbitrary: fc.constant<FieldAction>('break') }, { weight: 1, arbitrary: fc.constant<FieldAction>('recase') });
const MODES = fc.constantFrom<Walk['mode']>('hostile', 'broken');

/**
 * Per payload, the share of fields (in thousandths) that get damaged: a few payloads are nearly
 * intact, most have a handful of broken fields, some are wrecked. So both outcomes, data shown
 * and a clear error, are exercised.
 */
const INTENSITY = fc.constantFrom(0, 1, 2, 4, 8, 20, 60, 300);
/** Hostile values keep the payload readable, so they can be dense. */
const HOSTILE_INTENSITY = fc.constantFrom(50, 150, 300, 600);
const PER_MILLE = fc.integer({ min: 0, max: 999 });
/** Only the letter case changes: the tolerant reader must read these. */
const CASE_CHANGES = fc.constantFrom<Recase>('lower', 'upper', 'pascal', 'camel');
/** snake_case is another name, not another case: a required field spelled so is missing. */
const RENAMES = fc.constantFrom<Recase>('lower', 'upper', 'pascal', 'camel', 'snake');
const EXTRA_KEYS = fc.array(fc.constantFrom('__proto__', 'constructor', 'unknownField', 'Status', '$type', 'password'), { maxLength: 2 });

/** Draws one value from an arbitrary with the run's random source. */
type Draw = <T>(arbitrary: fc.Arbitrary<T>) => T;

interface Walk {
  draw: Draw;
  /** 'hostile': values keep their JSON type (markup, unicode, huge text, odd numbers, key case); 'broken': anything goes. */
  mode: 'hostile' | 'broken';
  /** Damaged fields per thousand (INTENSITY). */
  intensity: number;
  maxItems: number;
}

function mutateObject(input: Record<string, unknown>, walk: Walk, depth: number): Record<string, unknown> {
  const { draw } = walk;
  const out: Record<string, unknown> = {};
  // defineProperty: "__proto__" becomes a real key (as JSON.parse makes it), not the prototype.
  const put = (key: string, value: unknown) => Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
  for (const [key, value] of Object.entries(input)) {
    const action: FieldAction = draw(PER_MILLE) < walk.intensity ? draw(walk.mode === 'broken' ? DAMAGE : HOSTILE) : 'keep';
    if (action === 'drop') continue;
    if (action === 'null') put(key, null);
    else if (action === 'wrongType') put(key, draw(wrongType));
    else if (action === 'recase') put(recase(key, draw(walk.mode === 'broken' ? RENAMES : CASE_CHANGES)), mutate(value, walk, depth + 1));
    else if (action === 'break' && (typeof value !== 'object' || value === null)) put(key, draw((walk.mode === 'broken' ? brokenScalar : hostileScalar)(value)));
    else put(key, mutate(value, walk, depth + 1));
  }
  if (draw(PER_MILLE) < walk.intensity) for (const key of draw(EXTRA_KEYS)) put(key, draw(fc.oneof(hostileText, wrongType, fc.constant(null))));
  return out;
}

type ListAction = 'keep' | 'shorten' | 'repeat' | 'empty';
const LIST_ACTIONS = fc.oneof(
  { weight: 6, arbitrary: fc.constant<ListAction>('keep') },
  { weight: 3, arbitrary: fc.constant<ListAction>('shorten') },
  { weight: 1, arbitrary: fc.constant<ListAction>('repeat') },
  { weight: 1, arbitrary: fc.constant<ListAction>('empty') },
);

function mutateList(input: readonly unknown[], walk: Walk, depth: number): unknown[] {
  const { draw, maxItems } = walk;
  const action = draw(LIST_ACTIONS);
  let items = input.slice(0, maxItems);
  if (action === 'empty') items = [];
  if (action === 'shorten' && items.length > 0) {
    const start = draw(fc.nat(items.length - 1));
    items = items.slice(start, start + draw(fc.integer({ min: 1, max: Math.max(1, maxItems) })));
  }
  if (action === 'repeat' && items.length > 0) items = [...items, items[0]];
  return items.map((item) => mutate(item, walk, depth + 1));
}

function mutate(value: unknown, walk: Walk, depth: number): unknown {
  if (depth > 8) return value;
  if (Array.isArray(value)) return mutateList(value, walk, depth);
  if (typeof value === 'object' && value !== null) return mutateObject(value as Record<string, unknown>, walk, depth);
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
    const mode = draw(MODES);
    const walk: Walk = { draw, mode, intensity: mode === 'hostile' ? draw(HOSTILE_INTENSITY) : draw(INTENSITY), maxItems: this.maxItems };
    const payload = draw(TOP_ACTIONS) === 'replace' ? draw(WHOLE_REPLACEMENTS) : mutate(this.example, walk, 0);
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
