import { defaultParseSearch } from '@tanstack/react-router';
import { joinHealth } from '../../api/health-index/projection';
import { ovocServiceSchema, type OvocService } from '../../api/schemas';
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
import { brief } from './test/rows';

let nextId = 1;
/** An OVOC service as the schema reads it from the wire (every other field null). */
const service = (fields: Record<string, unknown>): OvocService => ovocServiceSchema.parse({ id: nextId++, ...fields });

const alpha = brief({ customerShortName: 'alpha' });
const beta = brief({ customerShortName: 'beta' });
const gamma = brief({ customerShortName: 'gamma' });
const delta = brief({ customerShortName: 'delta' });
const rows = [alpha, beta, gamma, delta];
const self = <T,>(row: T) => row;

describe('joinHealth', () => {
  it('joins by guid, by name (flagged), the worst of several with a count, and none', () => {
    const services = [
      service({ umpId: alpha.umpCustomerGuid, name: 'renamed', status: 'OK' }),
      service({ name: 'BETA', status: 'WARNING' }),
      service({ serviceId: gamma.umpCustomerGuid, status: 'OK' }),
      service({ umpId: gamma.umpCustomerGuid, status: 'ERROR' }),
      service({ umpId: gamma.umpCustomerGuid, status: 'UNMONITORED' }),
    ];
    const lookup = joinHealth(rows, services);
    expect(healthOf(lookup, alpha)).toMatchObject({ key: 'OK', count: 1, matchedBy: 'id' });
    // The link searches for the shown service's name, which here is not the customer's short name.
    expect(healthQueryOf(healthOf(lookup, alpha), alpha)).toBe('renamed');
    expect(healthOf(lookup, beta)).toMatchObject({ key: 'WARNING', count: 1, matchedBy: 'name' });
    expect(healthQueryOf(healthOf(lookup, beta), beta)).toBe('BETA');
    expect(healthOf(lookup, gamma)).toMatchObject({ key: 'ERROR', count: 3, matchedBy: 'id' });
    // No name at all: the worst service's id (services[3]).
    expect(healthQueryOf(healthOf(lookup, gamma), gamma)).toBe(String(services[3]?.id));
    expect(healthOf(lookup, delta)).toEqual({ key: NO_OVOC, count: 0, matchedBy: null, since: null });
  });

  it('keeps an unknown status as it came and files a missing one as not reported', () => {
    const lookup = joinHealth(rows, [
      service({ umpId: alpha.umpCustomerGuid, status: 'DEGRADED' }),
      service({ umpId: beta.umpCustomerGuid, status: null }),
      service({ umpId: gamma.umpCustomerGuid, status: '  ' }),
    ]);
    expect(healthOf(lookup, alpha).key).toBe('DEGRADED');
    expect(healthLabel('DEGRADED')).toBe('DEGRADED');
    expect(healthSeverity('DEGRADED')).toBe('unknown');
    expect(healthOf(lookup, beta).key).toBe(NOT_REPORTED);
    expect(healthOf(lookup, gamma).key).toBe(NOT_REPORTED);
    expect(healthLabel(NOT_REPORTED)).toBe('Not reported');
    expect(healthLabel(NO_OVOC)).toBe('No OVOC service');
    expect(healthLabel('ERROR')).toBe('Error');
    expect(healthSeverity('ERROR')).toBe('error');
  });

  it('shows a worse unknown word over OK, and UNMONITORED over an unknown word', () => {
    const lookup = joinHealth(rows, [
      service({ umpId: alpha.umpCustomerGuid, status: 'OK' }),
      service({ umpId: alpha.umpCustomerGuid, status: 'DEGRADED' }),
      service({ umpId: beta.umpCustomerGuid, status: 'DEGRADED' }),
      service({ umpId: beta.umpCustomerGuid, status: 'UNMONITORED' }),
    ]);
    expect(healthOf(lookup, alpha)).toMatchObject({ key: 'DEGRADED', count: 2 });
    expect(healthOf(lookup, beta)).toMatchObject({ key: 'UNMONITORED', count: 2 });
  });
});

describe('health filter, counts and order', () => {
  const lookup = joinHealth(rows, [
    service({ umpId: alpha.umpCustomerGuid, status: 'OK' }),
    service({ umpId: beta.umpCustomerGuid, status: 'ERROR' }),
    service({ umpId: gamma.umpCustomerGuid, status: 'DEGRADED' }),
  ]);

  it('counts every row once, the documented statuses and No OVOC always listed', () => {
    expect(Object.fromEntries(countByHealth(rows, lookup, self))).toEqual({
      OK: 1, WARNING: 0, ERROR: 1, UNMONITORED: 0, DEGRADED: 1, [NO_OVOC]: 1,
    });
  });

  it('keeps the rows of any chosen key; none chosen keeps all', () => {
    expect(filterByHealth(rows, ['ERROR', NO_OVOC], lookup, self)).toEqual([beta, delta]);
    expect(filterByHealth(rows, ['DEGRADED'], lookup, self)).toEqual([gamma]);
    expect(filterByHealth(rows, [], lookup, self)).toEqual(rows);
  });

  it('lists options most urgent first, unknown words by name, No OVOC last, a chosen key even at 0', () => {
    const counts = countByHealth([alpha, delta], lookup, self);
    expect(healthOptions(counts, ['ZAPPED']).map((o) => `${o.label} ${o.count}`)).toEqual([
      'Error 0', 'Warning 0', 'Unmonitored 0', 'ZAPPED 0', 'OK 1', 'No OVOC service 1',
    ]);
    expect(normalizeHealth([NO_OVOC, 'OK', 'ERROR', 'OK', NOT_REPORTED, 'DEGRADED'])).toEqual(['ERROR', 'DEGRADED', NOT_REPORTED, 'OK', NO_OVOC]);
    expect(compareHealthKeys('WARNING', 'ERROR')).toBeGreaterThan(0);
  });

  it('sorts ERROR first ascending, OK first descending, customers without OVOC last both ways', () => {
    const valueOf = (row: typeof alpha) => healthSortValue(lookup, row);
    const asc = sortBy(rows, { id: 'health', desc: false }, self, valueOf);
    expect(asc.map((r) => r.customerShortName)).toEqual(['beta', 'gamma', 'alpha', 'delta']);
    const desc = sortBy(rows, { id: 'health', desc: true }, self, valueOf);
    expect(desc.map((r) => r.customerShortName)).toEqual(['alpha', 'gamma', 'beta', 'delta']);
    // Unknown yet (OVOC loading): the API's order.
    expect(sortBy(rows, { id: 'health', desc: false }, self, (row) => healthSortValue(null, row))).toEqual(rows);
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
  const columns = (state: Parameters<typeof healthExportColumns>[0], row: typeof alpha) =>
    healthExportColumns(state).map((column) => column.value(row));

  it('writes the status word as sent, the number of services and how they matched', () => {
    const lookup = joinHealth(rows, [service({ name: 'alpha', status: 'DEGRADED' }), service({ name: 'alpha', status: 'OK' })]);
    expect(healthExportColumns({ status: 'ready', lookup }).map((c) => c.header)).toEqual(['Health', 'OVOC services', 'OVOC matched by']);
    expect(columns({ status: 'ready', lookup }, alpha)).toEqual(['DEGRADED', 2, 'name']);
    expect(columns({ status: 'ready', lookup }, beta)).toEqual(['No OVOC service', 0, null]);
  });

  it('says the health is still loading instead of claiming no OVOC service', () => {
    expect(columns({ status: 'loading' }, alpha)).toEqual(['Loading', null, null]);
  });
});
