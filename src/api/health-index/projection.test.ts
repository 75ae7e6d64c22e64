import { createStore } from '../../../simulator/store';
import { ovocServiceSchema, type OvocService } from '../schemas';
import { healthQueryOf } from '../../features/services/ovoc-health';
import { customersOf, joinHealth, projectHealth, toLookup } from './projection';

const store = createStore({ now: new Date('2026-03-01T12:00:00Z') });
const rows = store.listCustomers();
const services = store.listOvocServices();

let nextId = 1;
const service = (fields: Record<string, unknown>): OvocService => ovocServiceSchema.parse({ id: nextId++, ...fields });

describe('projectHealth', () => {
  it('gives each simulator customer the health the Health page shows for its service', () => {
    const lookup = joinHealth(rows, services);
    const bboc2 = rows.find((row) => row.customerShortName === 'BBOC2');
    const royDY = rows.find((row) => row.customerShortName === 'royDY');
    if (!bboc2 || !royDY) throw new Error('simulator fixtures changed');
    expect(lookup.get(bboc2)).toEqual({ key: 'ERROR', count: 1, matchedBy: 'id', since: null });
    expect(healthQueryOf(lookup.get(bboc2) ?? { key: '', count: 0, matchedBy: null, since: null }, bboc2)).toBe('BBOC2');
    // royDY's service did not report its GUID.
    expect(lookup.get(royDY)).toEqual({ key: 'ERROR', count: 1, matchedBy: 'name', since: null });
  });

  it('keeps one object per distinct result, not one per row, and no entry for a row with no match', () => {
    const index = projectHealth(customersOf(rows), services);
    expect(index.codes).toHaveLength(rows.length);
    // 35 customers, each matched to one service named like it: only status x matchedBy results remain.
    expect(index.results.length).toBeLessThanOrEqual(8);
    expect(new Set(index.results.map((result) => result.key))).toEqual(new Set(['OK', 'WARNING', 'ERROR', 'UNMONITORED']));

    const withoutRoyDY = services.filter((item) => item.name !== 'royDY');
    const lookup = toLookup(rows, projectHealth(customersOf(rows), withoutRoyDY));
    expect(lookup.size).toBe(rows.length - 1);
    expect([...lookup.keys()].map((row) => row.customerShortName)).not.toContain('royDY');
  });

  it("keeps the shown service's own search when it is not the row's short name", () => {
    const [first, second] = rows;
    if (!first || !second) throw new Error('simulator fixtures changed');
    const lookup = joinHealth(
      [first, second],
      [
        service({ umpId: first.umpCustomerGuid, name: 'Renamed in OVOC', status: 'OK' }),
        service({ umpId: second.umpCustomerGuid, name: null, serviceName: null, status: 'OK' }),
      ],
    );
    const health = (row: typeof first) => lookup.get(row) ?? ({ key: '', count: 0, matchedBy: null, since: null } as const);
    expect(healthQueryOf(health(first), first)).toBe('Renamed in OVOC');
    // Nameless: the Health page finds it by id.
    expect(healthQueryOf(health(second), second)).toBe(String(nextId - 1));
    expect(health(first)).not.toBe(health(second));
  });
});
