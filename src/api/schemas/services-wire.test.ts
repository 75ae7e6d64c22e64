import fc from 'fast-check';
import { hostilePayload } from '../../test/fuzz/hostile';
import { fixtures } from '../../../simulator/fixtures';
import type { ConsoleServiceRow, RowHealth, SnapshotMeta } from './console-snapshot';
import { readServicesList } from './services';
import { consoleServicesSchema, decodeServiceRows, encodeServiceRow, encodeServiceRows, SERVICE_COLUMNS } from './services-wire';

const asSent = (value: unknown): unknown => JSON.parse(JSON.stringify(value));
const overTheWire = (rows: readonly ConsoleServiceRow[]): unknown[] => JSON.parse(JSON.stringify(encodeServiceRows(rows)));
const brief = readServicesList(fixtures.servicesBrief as unknown[]).rows;
const [first] = brief;
if (!first) throw new Error('the services brief fixture has no row');

const since = fc.option(
  fc.record({ at: fc.date({ min: new Date('2020-01-01'), max: new Date('2030-01-01'), noInvalidDate: true }).map((d) => d.toISOString()), atLeast: fc.boolean() }),
);
const health: fc.Arbitrary<RowHealth | null> = fc.option(
  fc.record(
    { key: fc.constantFrom('OK', 'WARNING', 'ERROR', 'UNMONITORED', 'not-reported', 'SOMETHING_NEW'), count: fc.nat(9), matchedBy: fc.constantFrom('id' as const, 'name' as const), query: fc.string(), since },
    { requiredKeys: ['key', 'count', 'matchedBy', 'since'] },
  ),
);

const META: SnapshotMeta = {
  version: 3,
  takenAt: '2026-12-02T10:00:00.000Z',
  servedAt: '2026-12-02T10:00:01.000Z',
  stale: null,
  skippedRows: { customers: 1, ovocServices: 0 },
  unreadableRows: { customers: [{ index: 7, path: 'licenseType', value: 'x' }], ovocServices: [] },
};

describe('the services answer in its compact form', () => {
  it('reads back every row as it was written, for any customer UMP may send and any Health cell', () => {
    fc.assert(
      fc.property(hostilePayload(fixtures.servicesBrief), fc.array(health), (payload, healths) => {
        if (!Array.isArray(payload)) return;
        const rows: ConsoleServiceRow[] = readServicesList(payload).rows.map((row, index) => ({ ...row, health: healths[index] ?? null }));
        const decoded = decodeServiceRows(overTheWire(rows));
        expect(decoded.unreadable).toEqual([]);
        expect(decoded.rows).toEqual(asSent(rows));
      }),
      { numRuns: 200 },
    );
  });

  it('is a row of values in SERVICE_COLUMNS order, much smaller than the object form', () => {
    const rows = brief.map((row): ConsoleServiceRow => ({ ...row, health: { key: 'OK', count: 1, matchedBy: 'id', since: { at: '2026-12-01T08:00:00.000Z', atLeast: true } } }));
    const [cells] = rows.map(encodeServiceRow);
    expect(cells).toHaveLength(SERVICE_COLUMNS.indexOf('health') + 1);
    expect(cells?.[SERVICE_COLUMNS.indexOf('customerShortName')]).toBe(first.customerShortName);
    expect(JSON.stringify(encodeServiceRows(rows)).length).toBeLessThan(JSON.stringify(rows).length * 0.6);
  });

  it('keeps the reader\'s marks of degraded fields, and shares one instance of an equal "since" and an equal health', () => {
    const at = { at: '2026-12-01T08:00:00.000Z', atLeast: false };
    const unfit = { licenseType: { value: 'two', expected: 'number' } };
    const rows: ConsoleServiceRow[] = [
      { ...first, licenseType: null, $unfit: unfit, health: { key: 'ERROR', count: 2, matchedBy: 'name', query: 'x', since: at } },
      { ...first, health: { key: 'ERROR', count: 1, matchedBy: 'id', since: at } },
      { ...first, health: { key: 'ERROR', count: 1, matchedBy: 'id', since: at } },
      { ...first, health: { key: 'ERROR', count: 1, matchedBy: 'id', since: { ...at, atLeast: true } } },
    ];
    const decoded = decodeServiceRows(overTheWire(rows)).rows;
    expect(decoded[0]?.$unfit).toEqual(unfit);
    expect(decoded[0]?.health?.since).toBe(decoded[1]?.health?.since);
    expect(decoded[1]?.health).toBe(decoded[2]?.health);
    expect(decoded[3]?.health).not.toBe(decoded[2]?.health);
    expect(decoded).toEqual(rows);
  });

  it('leaves out and reports a row that is not a row, and reads a cell of the wrong type as not sent', () => {
    const [row] = overTheWire([{ ...first, health: { key: 'OK', count: 1, matchedBy: 'id', since: null } }]);
    const badCells = [...(row as unknown[])];
    badCells[SERVICE_COLUMNS.indexOf('licenseType')] = 'not a number';
    badCells[SERVICE_COLUMNS.indexOf('umpCustomerGuid')] = 42;
    const badHealth = [...(row as unknown[])];
    badHealth[SERVICE_COLUMNS.indexOf('health')] = ['OK', 1, 'somehow', null, null];
    const badSince = [...(row as unknown[])];
    badSince[SERVICE_COLUMNS.indexOf('health')] = ['OK', 1, 'id', 7, 'yesterday'];
    const badUnfit = [...(row as unknown[]), 'not marks'];
    const read = decodeServiceRows(['oops', [null, null], badCells, badHealth, badSince, badUnfit]);
    expect(read.unreadable).toEqual([
      { index: 0, path: '', value: 'oops' },
      { index: 1, path: '[1]', value: null },
    ]);
    expect(read.rows).toHaveLength(4);
    expect(read.rows[0]).toMatchObject({ customerShortName: first.customerShortName, licenseType: null, umpCustomerGuid: null });
    expect(read.rows[1]?.health).toBeNull();
    expect(read.rows[2]?.health).toEqual({ key: 'OK', count: 1, matchedBy: 'id', since: null });
    expect(read.rows[3]).not.toHaveProperty('$unfit');
  });

  it('still reads the object form a server stored before the compact one', () => {
    const rows = brief.map((row): ConsoleServiceRow => ({ ...row, health: null }));
    expect(decodeServiceRows(asSent(rows) as unknown[]).rows).toEqual(asSent(rows));
    expect(consoleServicesSchema.parse({ meta: META, rows: asSent(rows) }).rows).toEqual(asSent(rows));
  });

  it('counts the rows it could not read with the snapshot\'s own unreadable rows', () => {
    const answer = consoleServicesSchema.parse({ meta: META, rows: [42, ...overTheWire([{ ...first, health: null }])] });
    expect(answer.rows.map((row) => row.customerShortName)).toEqual([first.customerShortName]);
    expect(answer.meta.skippedRows.customers).toBe(2);
    expect(answer.meta.unreadableRows.customers).toEqual([...META.unreadableRows.customers, { index: 0, path: '', value: 42 }]);
    expect(() => consoleServicesSchema.parse({ meta: META, rows: {} })).toThrow();
  });
});
