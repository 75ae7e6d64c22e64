// @vitest-environment node
/**
 * The issue's property, over the real schemas: take a valid list (the API pages' examples and the
 * generator's rows), break k of its N rows and corrupt fields of some others at random; reading it
 * row by row keeps exactly the N-k readable rows, in order, reports exactly the k others (position
 * and field), and a row with only a corrupted field is kept, that field read as null and the value
 * it came with kept in `$unfit`.
 */
import fc from 'fast-check';
import { fixtures } from '../../../simulator/fixtures';
import { generateCustomer } from '../../../simulator/generate';
import { toUmpWire } from '../../../simulator/handlers/wire';
import { readRows, readServicesList, type RowsRead } from './index';
import { ovocServiceSchema, siteLocationSchema, taskMessageSchema } from './index';

type WireRow = Record<string, unknown>;
type Kind = 'text' | 'number' | 'open-text';
interface Field {
  wire: string;
  key: string;
  kind: Kind;
}
interface Case {
  name: string;
  rows: WireRow[];
  read: (input: readonly unknown[]) => RowsRead<object>;
  fields: Field[];
  /** Ways to make a row unreadable besides not being an object (an identity field that does not fit). */
  identityBreaks: ((row: WireRow) => WireRow)[];
}

const brokenRows: fc.Arbitrary<(row: WireRow) => unknown> = fc.constantFrom(
  () => null,
  () => 42,
  () => 'a row',
  (row: WireRow) => [row], // extra nesting
  () => true,
);

type Corruption = { value: unknown; missing?: boolean };
/** A corruption of a field of `kind` and what reading it must give: null and $unfit, null alone, or the value kept. */
function corruptionFor(kind: Kind): fc.Arbitrary<{ corruption: Corruption; outcome: 'unfit' | 'null' | 'kept' }> {
  const unfit = fc.constantFrom<unknown>({ nested: 1 }, [1, 2], true, kind === 'number' ? 'twelve' : 12).map((value) => ({ corruption: { value }, outcome: 'unfit' as const }));
  const nullish = fc.constantFrom<Corruption>({ value: null }, { value: undefined, missing: true }).map((corruption) => ({ corruption, outcome: 'null' as const }));
  // An unknown enum word or an unknown code: open vocabularies keep it as it came.
  const kept = fc.constantFrom<unknown>(kind === 'number' ? 99 : 'SOMETHING_NEW').map((value) => ({ corruption: { value }, outcome: 'kept' as const }));
  return fc.oneof(unfit, nullish, kept);
}

function checkCase(c: Case, runs: number) {
  const n = c.rows.length;
  const plan = fc.record({
    broken: fc.uniqueArray(fc.nat(n - 1), { maxLength: Math.min(8, n) }),
    touched: fc.uniqueArray(fc.record({ row: fc.nat(n - 1), field: fc.nat(c.fields.length - 1) }), { maxLength: 8, selector: (t) => t.row }),
    breakWith: fc.array(fc.oneof(brokenRows, ...(c.identityBreaks.length > 0 ? [fc.constantFrom(...c.identityBreaks)] : [])), { minLength: 8, maxLength: 8 }),
    corruptions: fc.array(fc.nat(1000), { minLength: 8, maxLength: 8 }),
    seed: fc.integer(),
  });
  fc.assert(
    fc.property(plan, fc.array(corruptionFor('text'), { minLength: 8, maxLength: 8 }), fc.array(corruptionFor('number'), { minLength: 8, maxLength: 8 }), (p, textCorruptions, numberCorruptions) => {
      const broken = new Set(p.broken);
      const input: unknown[] = c.rows.map((row) => ({ ...row }));
      p.broken.forEach((index, i) => {
        input[index] = (p.breakWith[i] ?? (() => null))(c.rows[index] as WireRow);
      });
      const fieldTouches = p.touched.filter((t) => !broken.has(t.row)).map((t, i) => {
        const field = c.fields[t.field] as Field;
        const pick = (field.kind === 'number' ? numberCorruptions : textCorruptions)[i] as { corruption: Corruption; outcome: 'unfit' | 'null' | 'kept' };
        const row = input[t.row] as WireRow;
        if (pick.corruption.missing) input[t.row] = Object.fromEntries(Object.entries(row).filter(([key]) => key !== field.wire));
        else row[field.wire] = pick.corruption.value;
        return { row: t.row, field, ...pick };
      });

      const read = c.read(input);
      const readable = [...Array(n).keys()].filter((index) => !broken.has(index));
      expect(read.rows).toHaveLength(n - broken.size);
      expect(read.unreadable.map((u) => u.index)).toEqual([...broken].sort((a, b) => a - b));
      for (const touch of fieldTouches) {
        const found = read.rows[readable.indexOf(touch.row)];
        if (!found) throw new Error('a row with a corrupted field was lost');
        const row = found as Record<string, unknown> & { $unfit?: Readonly<Record<string, { value: unknown }>> };
        if (touch.outcome === 'kept') expect(row[touch.field.key]).toEqual(touch.corruption.value);
        else expect(row[touch.field.key]).toBeNull();
        if (touch.outcome === 'unfit') expect(row.$unfit?.[touch.field.key]?.value).toEqual(touch.corruption.value);
        else expect(row.$unfit?.[touch.field.key]).toBeUndefined();
      }
    }),
    { numRuns: runs },
  );
}

const servicesRows: WireRow[] = [...(fixtures.servicesBrief as WireRow[]), ...Array.from({ length: 25 }, (_, i) => toUmpWire(generateCustomer(35 + i)) as WireRow)];

describe('row-by-row reading keeps the N-k readable rows and reports the k others', () => {
  it('services list (examples + generated rows)', () => {
    checkCase(
      {
        name: 'services',
        rows: servicesRows,
        read: readServicesList,
        fields: [
          { wire: 'CustomerFullName', key: 'customerFullName', kind: 'text' },
          { wire: 'MsTenantId', key: 'msTenantId', kind: 'text' },
          { wire: 'LicenseType', key: 'licenseType', kind: 'number' },
          { wire: 'LicensedUsersCount', key: 'licensedUsersCount', kind: 'number' },
          { wire: 'ActiveUserCount', key: 'activeUserCount', kind: 'number' },
          { wire: 'LiveHubSimpleUsersCount', key: 'liveHubSimpleUsersCount', kind: 'number' },
        ],
        identityBreaks: [(row) => ({ ...row, UmpCustomerGuid: 42 }), (row) => ({ ...row, CustomerShortName: { nested: 'x' } }), ({ CustomerShortName: _drop, ...row }) => row],
      },
      200,
    );
  });

  it('SIP connections (the details example)', () => {
    const sites = (fixtures.customerDetailsAll as { SiteLocation: WireRow[] }).SiteLocation;
    checkCase(
      {
        name: 'sites',
        rows: [...sites, ...sites, ...sites],
        read: (input) => readRows(siteLocationSchema, input),
        fields: [
          { wire: 'name', key: 'name', kind: 'text' },
          { wire: 'sbcId', key: 'sbcId', kind: 'number' },
        ],
        identityBreaks: [(row) => ({ ...row, id: { nested: true } })],
      },
      150,
    );
  });

  it('OVOC services and task messages (objects only; any field degrades alone)', () => {
    const services = (fixtures.ovocServices as { services: WireRow[] }).services;
    checkCase({ name: 'ovoc', rows: services, read: (input) => readRows(ovocServiceSchema, input), fields: [
      { wire: 'name', key: 'name', kind: 'text' },
      { wire: 'status', key: 'status', kind: 'open-text' },
      { wire: 'usersCount', key: 'usersCount', kind: 'number' },
    ], identityBreaks: [] }, 100);
    const messages = Array.from({ length: 12 }, (_, i) => ({ level: 'Information', message: `step ${i}` }));
    checkCase({ name: 'task', rows: messages, read: (input) => readRows(taskMessageSchema, input), fields: [{ wire: 'message', key: 'message', kind: 'text' }], identityBreaks: [] }, 100);
  });
});
