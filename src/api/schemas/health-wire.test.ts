import fc from 'fast-check';
import * as z from 'zod/mini';
import { toHealthServiceRow } from '../health-index/health-row';
import { hostilePayload } from '../../test/fuzz/hostile';
import { fixtures } from '../../../simulator/fixtures';
import { ovocServicesResponseSchema } from './ovoc-service';
import type { HealthServiceRow, SnapshotMeta } from './console-snapshot';
import { consoleHealthSchema, decodeHealthRows, encodeHealthRow, HEALTH_COLUMNS } from './health-wire';

const example = ovocServicesResponseSchema.parse(fixtures.ovocServices).services;
const [documented] = example;
if (!documented) throw new Error('the OVOC services fixture has no service');
/** The wire keeps values, not the reader's marks of what was degraded ($unfit, $unreadable). */
const withoutMarks = (rows: readonly HealthServiceRow[]): unknown =>
  JSON.parse(JSON.stringify(rows, (key, value: unknown) => (key.startsWith('$') ? undefined : value)));
const overTheWire = (rows: readonly HealthServiceRow[]): unknown[] => JSON.parse(JSON.stringify(rows.map(encodeHealthRow)));

const since = fc.option(
  fc.record({ at: fc.date({ min: new Date('2020-01-01'), max: new Date('2030-01-01'), noInvalidDate: true }).map((d) => d.toISOString()), atLeast: fc.boolean() }),
);

const META: SnapshotMeta = {
  version: 3,
  takenAt: '2026-12-02T10:00:00.000Z',
  servedAt: '2026-12-02T10:00:01.000Z',
  stale: null,
  skippedRows: { customers: 0, ovocServices: 1 },
  unreadableRows: { customers: [], ovocServices: [{ index: 7, path: 'status', value: 1 }] },
};

describe('the Health answer in its compact form', () => {
  it('reads back every row as it was written, for any service OVOC may send and any "since"', () => {
    fc.assert(
      fc.property(hostilePayload(fixtures.ovocServices), fc.array(fc.tuple(since, since, since, since)), (payload, sinces) => {
        const read = z.safeParse(ovocServicesResponseSchema, payload);
        if (!read.success) return;
        const rows = read.data.services.map((service, index) => {
          const [status = null, managementStatus = null, serviceDeployStatus = null, voiceQualityStatus = null] = sinces[index] ?? [];
          return toHealthServiceRow(service, index, { since: { status, managementStatus, serviceDeployStatus, voiceQualityStatus }, customerGuid: index % 2 ? 'guid' : null });
        });
        const decoded = decodeHealthRows(overTheWire(rows));
        expect(decoded.unreadable).toEqual([]);
        expect(withoutMarks(decoded.rows)).toEqual(withoutMarks(rows));
      }),
      { numRuns: 200 },
    );
  });

  it('is a row of values in HEALTH_COLUMNS order, much smaller than the object form', () => {
    const rows = example.map((service, index) => toHealthServiceRow(service, index));
    const [first] = rows.map(encodeHealthRow);
    expect(first).toHaveLength(HEALTH_COLUMNS.length);
    expect(first?.[HEALTH_COLUMNS.indexOf('name')]).toBe('customera-dm');
    expect(JSON.stringify(rows.map(encodeHealthRow)).length).toBeLessThan(JSON.stringify(rows).length / 2);
  });

  it('shares one instance of a repeated word and of an equal "since"', () => {
    const at = { at: '2026-12-01T08:00:00.000Z', atLeast: true };
    const rows = example.map((service, index) =>
      toHealthServiceRow({ ...service, status: 'ERROR' }, index, { since: { status: at, managementStatus: at, serviceDeployStatus: null, voiceQualityStatus: null } }),
    );
    const decoded = decodeHealthRows(overTheWire([...rows, ...rows])).rows;
    expect(decoded[0]?.since.status).toBe(decoded[1]?.since.managementStatus);
    expect(decoded[0]?.since.status).toEqual(at);
  });

  it('leaves out and reports a row that is not a row, and reads a cell of the wrong type as not sent', () => {
    const [row] = overTheWire([toHealthServiceRow(documented, 0)]);
    const cells = [...(row as unknown[])];
    cells[HEALTH_COLUMNS.indexOf('id')] = 'not a number';
    const read = decodeHealthRows(['oops', [null, 1], cells]);
    expect(read.unreadable).toEqual([
      { index: 0, path: '', value: 'oops' },
      { index: 1, path: '[0]', value: null },
    ]);
    expect(read.rows).toHaveLength(1);
    expect(read.rows[0]).toMatchObject({ key: '42712', id: null, name: 'customera-dm' });
  });

  it('still reads the object form a server stored before the compact one', () => {
    const rows = example.map((service, index) => toHealthServiceRow(service, index));
    expect(withoutMarks(decodeHealthRows(JSON.parse(JSON.stringify(rows))).rows)).toEqual(withoutMarks(rows));
  });

  it('counts the rows it could not read with the snapshot\'s own unreadable rows', () => {
    const answer = consoleHealthSchema.parse({ meta: META, rows: [42, ...overTheWire([toHealthServiceRow(documented, 0)])] });
    expect(answer.rows.map((row) => row.key)).toEqual(['42712']);
    expect(answer.meta.skippedRows.ovocServices).toBe(2);
    expect(answer.meta.unreadableRows.ovocServices).toEqual([...META.unreadableRows.ovocServices, { index: 0, path: '', value: 42 }]);
    expect(() => consoleHealthSchema.parse({ meta: META, rows: {} })).toThrow();
  });
});
