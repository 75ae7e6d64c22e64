// @vitest-environment node
import fc from 'fast-check';
import { createKeyRemapper, foldKey, isPlainObject } from './tolerant';

/** The reader as it was before the per-key-list plan: two passes, case folded per key and row. */
function referenceRemap(input: unknown, lookup: ReadonlyMap<string, string>, canonical: ReadonlySet<string>): unknown {
  if (!isPlainObject(input)) return input;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(input)) {
    if (canonical.has(key)) out[key] = value;
  }
  for (const [key, value] of Object.entries(input)) {
    const target = lookup.get(foldKey(key));
    if (target !== undefined && !Object.hasOwn(out, target)) out[target] = value;
  }
  return out;
}

const CANONICAL = ['umpCustomerGuid', 'msTenantId', 'isEnabled', 'enabled'];
const canonical = new Set(CANONICAL);
const lookup = new Map(CANONICAL.map((key) => [foldKey(key), key]));
// An alias that folds onto another canonical key's spelling: one input key may feed two fields.
lookup.set(foldKey('enabled'), 'isEnabled');

const SPELLINGS = ['umpCustomerGuid', 'UmpCustomerGuid', 'UMPCUSTOMERGUID', 'msTenantId', 'MsTenantId', 'msTenantID', 'isEnabled',
  'IsEnabled', 'enabled', 'Enabled', 'unknown', 'Other'];

const row = fc.uniqueArray(fc.constantFrom(...SPELLINGS), { maxLength: SPELLINGS.length }).chain((keys) =>
  fc.tuple(...keys.map(() => fc.oneof(fc.string(), fc.integer(), fc.constant(null), fc.constant(undefined)))).map((values) =>
    Object.fromEntries(keys.map((key, i) => [key, values[i]])),
  ),
);
const input = fc.oneof({ weight: 8, arbitrary: row }, fc.constant(null), fc.string(), fc.array(fc.integer()));

/** Same keys, same order, same values. */
const entries = (value: unknown) => (isPlainObject(value) ? Object.entries(value) : value);

describe('createKeyRemapper', () => {
  it('reads every row exactly as the two-pass reader did, whatever rows came before it', () => {
    fc.assert(
      fc.property(fc.array(input, { maxLength: 12 }), (rows) => {
        const remap = createKeyRemapper(lookup, canonical);
        for (const value of rows) expect(entries(remap(value))).toEqual(entries(referenceRemap(value, lookup, canonical)));
      }),
      { numRuns: 500 },
    );
  });

  it('replays one key list for many rows without mixing their values', () => {
    const remap = createKeyRemapper(lookup, canonical);
    const rows = Array.from({ length: 3 }, (_, i) => ({ UmpCustomerGuid: `g${i}`, MsTenantId: `t${i}`, Extra: i }));
    expect(rows.map(remap)).toEqual([
      { umpCustomerGuid: 'g0', msTenantId: 't0' },
      { umpCustomerGuid: 'g1', msTenantId: 't1' },
      { umpCustomerGuid: 'g2', msTenantId: 't2' },
    ]);
    // Another key list, then the first one again.
    expect(remap({ msTenantID: 'x', msTenantId: 'exact' })).toEqual({ msTenantId: 'exact' });
    expect(remap({ UmpCustomerGuid: 'g3', MsTenantId: 't3', Extra: 3 })).toEqual({ umpCustomerGuid: 'g3', msTenantId: 't3' });
  });
});
