import { defaultParseSearch } from '@tanstack/react-router';
import { ovocServiceSchema, type OvocService, type ServiceBrief } from '../../api/schemas';
import type { ConsoleServiceRow } from '../../api/schemas/console-snapshot';
import { healthExportColumns } from './columns';
import {
  compareHealthKeys,
  countByHealth,
  filterByHealth,
  healthHref,
  healthLabel,
  healthOf,
  healthOptions,
  healthSeverity,
  healthQueryOf,
  healthSortValue,
  NO_OVOC,
  normalizeHealth,
  NOT_REPORTED,
} from './ovoc-health';
import { sortBy } from './sort';
import { brief, joined } from './test/rows';

let nextId = 1;
/** An OVOC service as the schema reads it from the wire (every other field null). */
const service = (fields: Record<string, unknown>): OvocService => ovocServiceSchema.parse({ id: nextId++, ...fields });

const alpha = brief({ customerShortName: 'alpha' });
const beta = brief({ customerShortName: 'beta' });
const gamma = brief({ customerShortName: 'gamma' });
const delta = brief({ customerShortName: 'delta' });
const rows = [alpha, beta, gamma, delta];
const self = <T,>(row: T) => row;

/** The rows as the server lists them, joined to these OVOC services, found by the test's own row. */
function listedWith(services: readonly OvocService[]) {
  const listed = joined(rows, services);
  return (row: ServiceBrief): ConsoleServiceRow => {
    const found = listed[rows.indexOf(row)];
    if (!found) throw new Error('not one of the rows');
    return found;
  };
}
const names = (list: readonly ServiceBrief[]) => list.map((row) => row.customerShortName);

describe('joinHealth', () => {
  it('joins by guid, by name (flagged), the worst of several with a count, and none', () => {
    const services = [
      service({ umpId: alpha.umpCustomerGuid, name: 'renamed', status: 'OK' }),
      service({ name: 'BETA', status: 'WARNING' }),
      service({ serviceId: gamma.umpCustomerGuid, status: 'OK' }),
      service({ umpId: gamma.umpCustomerGuid, status: 'ERROR' }),
      service({ umpId: gamma.umpCustomerGuid, status: 'UNMONITORED' }),
    ];
    const listed = listedWith(services);
    expect(healthOf(listed(alpha))).toMatchObject({ key: 'OK', count: 1, matchedBy: 'id' });
    // The link searches for the shown service's name, which here is not the customer's short name.
    expect(healthQueryOf(healthOf(listed(alpha)), alpha)).toBe('renamed');
    expect(healthOf(listed(beta))).toMatchObject({ key: 'WARNING', count: 1, matchedBy: 'name' });
    expect(healthQueryOf(healthOf(listed(beta)), beta)).toBe('BETA');
    expect(healthOf(listed(gamma))).toMatchObject({ key: 'ERROR', count: 3, matchedBy: 'id' });
    // No name at all: the worst service's id (services[3]).
    expect(healthQueryOf(healthOf(listed(gamma)), gamma)).toBe(String(services[3]?.id));
    expect(healthOf(listed(delta))).toEqual({ key: NO_OVOC, count: 0, matchedBy: null, since: null });
  });

  it('keeps an unknown status as it came and files a missing one as not reported', () => {
    const listed = listedWith([
      service({ umpId: alpha.umpCustomerGuid, status: 'DEGRADED' }),
      service({ umpId: beta.umpCustomerGuid, status: null }),
      service({ umpId: gamma.umpCustomerGuid, status: '  ' }),
    ]);
    expect(healthOf(listed(alpha)).key).toBe('DEGRADED');
    expect(healthLabel('DEGRADED')).toBe('DEGRADED');
    expect(healthSeverity('DEGRADED')).toBe('unknown');
    expect(healthOf(listed(beta)).key).toBe(NOT_REPORTED);
    expect(healthOf(listed(gamma)).key).toBe(NOT_REPORTED);
    expect(healthLabel(NOT_REPORTED)).toBe('Not reported');
    expect(healthLabel(NO_OVOC)).toBe('No OVOC service');
    expect(healthLabel('ERROR')).toBe('Error');
    expect(healthSeverity('ERROR')).toBe('error');
  });

  it('shows a worse unknown word over OK, and UNMONITORED over an unknown word', () => {
    const listed = listedWith([
      service({ umpId: alpha.umpCustomerGuid, status: 'OK' }),
      service({ umpId: alpha.umpCustomerGuid, status: 'DEGRADED' }),
      service({ umpId: beta.umpCustomerGuid, status: 'DEGRADED' }),
      service({ umpId: beta.umpCustomerGuid, status: 'UNMONITORED' }),
    ]);
    expect(healthOf(listed(alpha))).toMatchObject({ key: 'DEGRADED', count: 2 });
    expect(healthOf(listed(beta))).toMatchObject({ key: 'UNMONITORED', count: 2 });
  });
});

describe('health filter, counts and order', () => {
  const listed = listedWith([
    service({ umpId: alpha.umpCustomerGuid, status: 'OK' }),
    service({ umpId: beta.umpCustomerGuid, status: 'ERROR' }),
    service({ umpId: gamma.umpCustomerGuid, status: 'DEGRADED' }),
  ]);

  it('counts every row once, the documented statuses and No OVOC always listed', () => {
    expect(Object.fromEntries(countByHealth(rows.map(listed)))).toEqual({
      OK: 1, WARNING: 0, ERROR: 1, UNMONITORED: 0, DEGRADED: 1, [NO_OVOC]: 1,
    });
  });

  it('keeps the rows of any chosen key; none chosen keeps all', () => {
    expect(names(filterByHealth(rows.map(listed), ['ERROR', NO_OVOC]))).toEqual(['beta', 'delta']);
    expect(names(filterByHealth(rows.map(listed), ['DEGRADED']))).toEqual(['gamma']);
    expect(names(filterByHealth(rows.map(listed), []))).toEqual(names(rows));
  });

  it('lists options most urgent first, unknown words by name, No OVOC last, a chosen key even at 0', () => {
    const counts = countByHealth([listed(alpha), listed(delta)]);
    expect(healthOptions(counts, ['ZAPPED']).map((o) => `${o.label} ${o.count}`)).toEqual([
      'Error 0', 'Warning 0', 'Unmonitored 0', 'ZAPPED 0', 'OK 1', 'No OVOC service 1',
    ]);
    expect(normalizeHealth([NO_OVOC, 'OK', 'ERROR', 'OK', NOT_REPORTED, 'DEGRADED'])).toEqual(['ERROR', 'DEGRADED', NOT_REPORTED, 'OK', NO_OVOC]);
    expect(compareHealthKeys('WARNING', 'ERROR')).toBeGreaterThan(0);
  });

  it('sorts ERROR first ascending, OK first descending, customers without OVOC last both ways', () => {
    const all = rows.map(listed);
    const valueOf = (row: ConsoleServiceRow) => healthSortValue(true, row);
    expect(names(sortBy(all, { id: 'health', desc: false }, self, valueOf))).toEqual(['beta', 'gamma', 'alpha', 'delta']);
    expect(names(sortBy(all, { id: 'health', desc: true }, self, valueOf))).toEqual(['alpha', 'gamma', 'beta', 'delta']);
    // Unknown yet (the list loading): the API's order.
    expect(names(sortBy(all, { id: 'health', desc: false }, self, (row) => healthSortValue(false, row)))).toEqual(names(rows));
  });
});

describe('healthHref', () => {
  it('links to the Health page searching for the name, as text even when it reads as JSON', () => {
    expect(healthHref('BB175 Pro')).toBe('/health?q=BB175%20Pro');
    for (const name of ['24124', 'true', 'null', '"quoted"', 'BB175 Pro']) {
      const search = new URL(healthHref(name), 'http://x').search;
      expect(defaultParseSearch(search)).toEqual({ q: name });
    }
  });
});

describe('healthExportColumns', () => {
  const columns = (state: Parameters<typeof healthExportColumns>[0], row: ConsoleServiceRow) =>
    healthExportColumns(state).map((column) => column.value(row));

  it('writes the status word as sent, the number of services and how they matched', () => {
    const listed = listedWith([service({ name: 'alpha', status: 'DEGRADED' }), service({ name: 'alpha', status: 'OK' })]);
    expect(healthExportColumns({ status: 'ready' }).map((c) => c.header)).toEqual(['Health', 'OVOC services', 'OVOC matched by']);
    expect(columns({ status: 'ready' }, listed(alpha))).toEqual(['DEGRADED', 2, 'name']);
    expect(columns({ status: 'ready' }, listed(beta))).toEqual(['No OVOC service', 0, null]);
  });

  it('says the health is still loading instead of claiming no OVOC service', () => {
    expect(columns({ status: 'loading' }, { ...alpha, health: null })).toEqual(['Loading', null, null]);
  });
});
