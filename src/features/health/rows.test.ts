import { ovocServicesResponseSchema, ovocServiceSchema, type OvocService } from '../../api/schemas';
import servicesExample from '../../../simulator/fixtures/ovoc-services.json';
import { healthSearchDefaults } from './search';
import { toHealthServiceRow } from '../../api/health-index/health-row';
import { facetOptions, filterRows, MISSING_KEY, parseOvocDateTime, sortRows, toHealthRows, type HealthRow } from './rows';

/** OVOC services as the server's snapshot hands them to the page. */
const rowsOf = (services: readonly OvocService[]) => toHealthRows(services.map((s, i) => toHealthServiceRow(s, i)));

const example = ovocServicesResponseSchema.parse(servicesExample).services;

function service(fields: Record<string, unknown>): OvocService {
  return ovocServiceSchema.parse(fields);
}

const names = (rows: readonly HealthRow[]) => rows.map((row) => row.name);
const filters = { ...healthSearchDefaults };

describe('toHealthRows', () => {
  it('keys rows by the OVOC service id, falling back to serviceId', () => {
    const rows = rowsOf([service({ id: 42712, name: 'a' }), service({ serviceId: 'svc-uuid', name: 'b' }), service({ name: 'c' })]);
    expect(rows.map((row) => row.key)).toEqual(['42712', 'svc-uuid', '#2']);
  });

  it('reads the documented example', () => {
    const [first] = rowsOf(example);
    expect(first).toMatchObject({ key: '42712', name: 'customera-dm', statusKey: 'ERROR', licenseKey: 'PRO_IMTR', sourceKey: 'DM', devicesTotal: 26 });
    expect(first?.definedAtMs).toBe(Date.UTC(2023, 2, 15, 10, 37, 35, 820));
  });

  it('keeps missing values apart from zero', () => {
    const [row] = rowsOf([service({ id: 1, deviceManagerParams: { devicesCount: { personal: null, meeting: null } } })]);
    expect(row).toMatchObject({ devicesTotal: null, licenseKey: MISSING_KEY, sourceKey: MISSING_KEY, statusKey: '(none)' });
    expect(parseOvocDateTime('not a date')).toBeNaN();
    expect(parseOvocDateTime(null)).toBeNaN();
  });
});

describe('sortRows (default order)', () => {
  it('puts ERROR first, then WARNING, UNMONITORED and unknown, then OK; by name within', () => {
    const rows = rowsOf([
      service({ id: 1, name: 'ok-b', status: 'OK' }),
      service({ id: 2, name: 'unknown', status: 'DEGRADED' }),
      service({ id: 3, name: 'err-b', status: 'ERROR' }),
      service({ id: 4, name: 'ok-a', status: 'OK' }),
      service({ id: 5, name: 'warn', status: 'WARNING' }),
      service({ id: 6, name: 'Err-a', status: 'ERROR' }),
      service({ id: 7, name: 'none' }),
      service({ id: 8, name: 'unmon', status: 'UNMONITORED' }),
    ]);
    expect(names(sortRows(rows, null))).toEqual(['Err-a', 'err-b', 'warn', 'none', 'unknown', 'unmon', 'ok-a', 'ok-b']);
  });

  it('orders the documented example with the broken services on top', () => {
    expect(names(sortRows(rowsOf(example), null))).toEqual([
      'customera-dm', 'Seraya', 'ZARonaldM', 'ACME Inc.', 'Ami_customer', 'CarlDMDemo',
    ]);
  });

  it('falls back to the default order for an unknown column', () => {
    const rows = rowsOf(example);
    expect(names(sortRows(rows, { id: 'nope', desc: true }))).toEqual(names(sortRows(rows, null)));
  });
});

describe('sortRows (columns)', () => {
  const rows = rowsOf([
    service({ id: 1, name: 'b', status: 'OK', licenseType: 'PRO', definedAt: '2024-01-01T00:00:00.000+0000' }),
    service({ id: 2, name: 'a', status: 'ERROR', licenseType: 'ESSENTIAL', deviceManagerParams: { devicesCount: { personal: 3, meeting: 1 } } }),
    service({ id: 3, name: 'c', status: 'WARNING', deviceManagerParams: { devicesCount: { personal: 10, meeting: 0 } }, definedAt: '2023-01-01T00:00:00.000+0000' }),
  ]);

  it('sorts by name both ways', () => {
    expect(names(sortRows(rows, { id: 'name', desc: false }))).toEqual(['a', 'b', 'c']);
    expect(names(sortRows(rows, { id: 'name', desc: true }))).toEqual(['c', 'b', 'a']);
  });

  it('keeps missing values last in either direction', () => {
    expect(names(sortRows(rows, { id: 'devices', desc: false }))).toEqual(['a', 'c', 'b']);
    expect(names(sortRows(rows, { id: 'devices', desc: true }))).toEqual(['c', 'a', 'b']);
    expect(names(sortRows(rows, { id: 'license', desc: true }))).toEqual(['b', 'a', 'c']);
    expect(names(sortRows(rows, { id: 'definedAt', desc: true }))).toEqual(['b', 'c', 'a']);
  });

  it('sorts by status urgency', () => {
    expect(names(sortRows(rows, { id: 'status', desc: false }))).toEqual(['a', 'c', 'b']);
    expect(names(sortRows(rows, { id: 'status', desc: true }))).toEqual(['b', 'c', 'a']);
  });
});

describe('filterRows', () => {
  const rows = rowsOf(example);

  it('filters by any of the chosen statuses', () => {
    expect(names(filterRows(rows, { ...filters, status: ['ERROR'] })).sort()).toEqual(['Seraya', 'ZARonaldM', 'customera-dm']);
    expect(filterRows(rows, { ...filters, status: ['ERROR', 'UNMONITORED'] })).toHaveLength(4);
    expect(filterRows(rows, { ...filters, status: ['DEGRADED'] })).toHaveLength(0);
  });

  it('filters by license type and source', () => {
    expect(names(filterRows(rows, { ...filters, license: ['ESSENTIAL'] }))).toEqual(['CarlDMDemo', 'Ami_customer', 'ZARonaldM']);
    expect(filterRows(rows, { ...filters, source: ['DM'] })).toHaveLength(6);
    expect(filterRows(rows, { ...filters, source: ['UMP'] })).toHaveLength(0);
  });

  it('searches names, ids and tenant ids, every word, case-insensitively', () => {
    expect(names(filterRows(rows, { ...filters, q: 'ACME' }))).toEqual(['ACME Inc.']);
    expect(names(filterRows(rows, { ...filters, q: 'acme inc' }))).toEqual(['ACME Inc.']);
    expect(names(filterRows(rows, { ...filters, q: '79192' }))).toEqual(['customera-dm']);
    expect(names(filterRows(rows, { ...filters, q: '5BFD35AE' }))).toEqual(['CarlDMDemo']);
    expect(filterRows(rows, { ...filters, q: 'acme zzz' })).toHaveLength(0);
  });

  it('combines filters, and can leave the status filter out (for the summary counts)', () => {
    const chosen = { ...filters, status: ['OK'], license: ['ESSENTIAL'] };
    expect(names(filterRows(rows, chosen))).toEqual(['CarlDMDemo', 'Ami_customer']);
    expect(filterRows(rows, chosen, { ignoreStatus: true })).toHaveLength(3);
  });
});

describe('facetOptions', () => {
  it('lists documented license types, values present and selected ones', () => {
    const rows = rowsOf([...example, service({ id: 9, licenseType: 'ENTERPRISE' })]);
    expect(facetOptions(rows, 'licenseKey', ['GONE'])).toEqual([
      { value: 'ENTERPRISE', label: 'ENTERPRISE', count: 1 },
      { value: 'ESSENTIAL', label: 'Essentials', count: 3 },
      { value: 'ESSENTIAL_IMTR', label: 'Essentials (IMTR)', count: 1 },
      { value: 'GONE', label: 'GONE', count: 0 },
      { value: 'PRO', label: 'Pro', count: 1 },
      { value: 'PRO_IMTR', label: 'Pro (IMTR)', count: 1 },
    ]);
    expect(facetOptions(rows, 'sourceKey', [])).toEqual([
      { value: 'DM', label: 'DM', count: 6 },
      { value: MISSING_KEY, label: 'Not set', count: 1 },
    ]);
  });
});

describe('since', () => {
  const since = (at: string, atLeast = false) => ({ status: { at, atLeast }, managementStatus: null, serviceDeployStatus: null, voiceQualityStatus: null });
  const rows = toHealthRows([
    toHealthServiceRow(service({ id: 1, name: 'minute', status: 'ERROR' }), 0, { since: since('2026-03-01T11:59:00Z') }),
    toHealthServiceRow(service({ id: 2, name: 'week', status: 'ERROR' }), 1, { since: since('2026-02-22T12:00:00Z', true) }),
    toHealthServiceRow(service({ id: 3, name: 'unknown', status: 'OK' }), 2),
  ]);

  it('reads the status since as a time, and whether it is only "at least"', () => {
    expect(rows.map((row) => [row.name, row.sinceMs, row.sinceAtLeast])).toEqual([
      ['minute', Date.UTC(2026, 2, 1, 11, 59), false],
      ['week', Date.UTC(2026, 1, 22, 12), true],
      ['unknown', Number.NaN, false],
    ]);
  });

  it('sorts the longest-standing status first, unknown last either way', () => {
    expect(names(sortRows(rows, { id: 'since', desc: false }))).toEqual(['week', 'minute', 'unknown']);
    expect(names(sortRows(rows, { id: 'since', desc: true }))).toEqual(['minute', 'week', 'unknown']);
  });
});
