/**
 * Fuzz, tier 1 of 2 (see render-*.test.tsx for tier 2): for each read endpoint, 520 hostile or
 * broken variants of the documented example go through the real data layer (`http()` with the
 * endpoint's schema, fetch answering the variant) and, when they parse, through the pure functions
 * the page builds its view from. Every variant must end in one of two ways:
 *   - data (a field or row that did not fit degraded alone and marked), which the view model turns
 *     into rows and text without throwing; or
 *   - for a wrong top-level shape only, an ApiError of kind "parse" whose message names what was wrong.
 * Rendering 500 full pages per endpoint in jsdom would take many minutes; the view model is where a
 * payload is interpreted, so it gets the volume and the render tier gets a sample.
 */
import fc from 'fast-check';
import { toHealthServiceRow } from '../../api/health-index/health-row';
import { ApiError, http } from '../../api/http';
import { customerDetailsSchema, ovocCustomerSchema, ovocServicesResponseSchema, servicesListRowsSchema, servicesListSchema } from '../../api/schemas';
import { matchOvocServices } from '../../domain/matching';
import { countStatuses, totalCount } from '../../domain/ovoc-status-counts';
import { readServiceParameters } from '../../domain/ovoc-parameters';
import { maskSecret, secretExpiry, SECRET_MASK } from '../../domain/secret-expiry';
import { statusLabel } from '../../components/status-words';
import { licenseText } from '../../features/customer/CustomerHeader';
import { licenceUsage } from '../../features/customer/LicensingSection';
import { serviceLabel } from '../../features/customer/OvocHealthSection';
import { formatDefinedAt, formatDevices, formatElements, formatParameterValue } from '../../features/health/format';
import { facetOptions, filterRows, parseOvocDateTime, sortRows as sortHealthRows, SORTABLE_COLUMNS, toHealthRows } from '../../features/health/rows';
import { ROW_COLUMN_IDS } from '../../features/services/columns';
import { servicesCsv } from '../../features/services/csv';
import { countByLicense, searchRows } from '../../features/services/filter';
import { sortRows as sortServiceRows } from '../../features/services/sort';
import { summarize } from '../../features/services/summary';
import { fixtures } from '../../../simulator/fixtures';
import { hostilePayload } from './hostile';

export const RUNS_PER_ENDPOINT = 520;
const NOW = Date.parse('2026-06-01T12:00:00Z');

/** The real `http()` against a fetch that answers `payload` as JSON with status 200. */
async function fetchAs<T>(payload: unknown, read: () => Promise<T>): Promise<{ ok: true; data: T } | { ok: false; error: ApiError }> {
  const body = JSON.stringify(payload) ?? '';
  vi.stubGlobal('fetch', async () => new Response(body, { status: 200, headers: { 'content-type': 'application/json; charset=utf-8' } }));
  try {
    return { ok: true, data: await read() };
  } catch (error) {
    if (error instanceof ApiError) return { ok: false, error };
    throw error;
  } finally {
    vi.unstubAllGlobals();
  }
}

/** A parse failure must say so and, when the problem is inside the payload, where. */
function expectClearParseError(error: ApiError) {
  expect(error.kind).toBe('parse');
  expect(error.message).toMatch(/^(Unexpected data from the server( at \S.*)?: \S|The server sent an empty response)/);
  if (error.dataPath) expect(error.message).toContain(` at ${error.dataPath}: `);
  expect(error.message.length).toBeLessThan(400);
}

/**
 * How the variants of one endpoint ended. Reading is tolerant (a field that does not fit degrades
 * alone, marked in `$unfit`; a row, in `$unreadable`), so only a wrong top-level shape is refused:
 * each outcome must be well exercised, or the fuzz proves little.
 */
const tally = { clean: 0, degraded: 0, refused: 0 };
beforeEach(() => {
  tally.clean = 0;
  tally.degraded = 0;
  tally.refused = 0;
});

async function run(property: fc.IAsyncPropertyWithHooks<[unknown]>) {
  await fc.assert(property, { numRuns: RUNS_PER_ENDPOINT });
  expect(tally.clean + tally.degraded + tally.refused).toBe(RUNS_PER_ENDPOINT);
  expect(tally.clean).toBeGreaterThan(RUNS_PER_ENDPOINT * 0.3);
  expect(tally.degraded).toBeGreaterThan(RUNS_PER_ENDPOINT * 0.1);
  // The generator replaces the whole payload now and then (about 1 in 40).
  expect(tally.refused).toBeGreaterThan(0);
}

/** Whether anything in the read data was degraded (and so reported) rather than read as sent. */
function isDegraded(value: unknown): boolean {
  if (Array.isArray(value)) return value.some(isDegraded);
  if (value === null || typeof value !== 'object') return false;
  return Object.entries(value).some(([key, inner]) => key === '$unfit' || key === '$unreadable' || isDegraded(inner));
}

function outcome<T>(result: { ok: true; data: T } | { ok: false; error: ApiError }, degraded: (data: T) => boolean = isDegraded): T | null {
  if (!result.ok) {
    tally.refused += 1;
    expectClearParseError(result.error);
    // Refused only for the payload's own shape (or one of its top-level fields), never for a value deeper in.
    expect(result.error.dataPath ?? '').toMatch(/^[^.[\]]*$/);
    return null;
  }
  if (degraded(result.data)) tally.degraded += 1;
  else tally.clean += 1;
  return result.data;
}

describe(`hostile payloads, ${RUNS_PER_ENDPOINT} per endpoint, through the data layer and the view model`, () => {
  it('GET /api/v3/customer: rows searched, counted, sorted by every column, summed and exported', async () => {
    await run(
      fc.asyncProperty(hostilePayload(fixtures.servicesBrief), async (payload) => {
        // Read row by row, as our server's mirror reads it (server/mirror/read-lists.ts).
        const result = await fetchAs(payload, () => http('/api/v3/customer', { schema: servicesListRowsSchema }));
        const read = outcome(result, (list) => list.unreadable.length > 0 || isDegraded(list.rows));
        if (read === null) return;
        const { rows } = read;
        const first = rows[0];
        if (first) {
          // A hostile name is still found by searching for it, as the person typed it.
          const term = first.customerShortName.trim().split(/\s+/)[0] ?? '';
          expect(searchRows(rows, term.slice(0, 50))).toContain(first);
        }
        const counts = countByLicense(rows);
        expect([...counts.values()].reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(rows.length);
        for (const id of ROW_COLUMN_IDS) {
          for (const desc of [false, true]) expect(sortServiceRows(rows, { id, desc })).toHaveLength(rows.length);
        }
        expect(summarize(rows, rows.length)).toMatchObject({ shown: rows.length, total: rows.length });
        const csv = servicesCsv(rows);
        // Formula injection is neutralised: no exported cell starts with "=".
        expect(csv).not.toMatch(/(^|,|\r\n)=/);
        expect(csv.startsWith('Short name,')).toBe(true);
      }),
    );
  });

  it('GET /api/v3/customer/{guid}?allDetails=true: licence, usage, masked secret, expiry, SIP states', async () => {
    await run(
      fc.asyncProperty(hostilePayload(fixtures.customerDetailsAll), async (payload) => {
        const guid = 'a2a3f4c1-38a9-4709-a1be-0c99d02dd5a2';
        const result = await fetchAs(payload, () => http(`/api/v3/customer/${guid}?allDetails=true`, { schema: customerDetailsSchema }));
        const customer = outcome(result);
        if (customer === null) return;
        const license = licenseText(customer.licenseType);
        expect(license === null || license.length > 0).toBe(true);
        const usage = licenceUsage(customer.activeUserCount, customer.licensedUsersCount);
        expect(usage === null || !Number.isNaN(usage)).toBe(true);
        // Whatever arrives as the secret fragment, at most its first 3 characters are ever shown.
        const masked = maskSecret(customer.applicationClientSecret);
        if (masked !== null) {
          expect(masked.endsWith(SECRET_MASK)).toBe(true);
          expect([...masked.slice(0, -SECRET_MASK.length)].length).toBeLessThanOrEqual(3);
        }
        const expiry = secretExpiry(customer.clientSecretExpirationDate, NOW);
        if (expiry.kind === 'date') expect(Number.isFinite(expiry.daysLeft)).toBe(true);
        if (expiry.kind === 'unparseable') expect(expiry.raw).toBe(customer.clientSecretExpirationDate);
        for (const site of customer.siteLocation ?? []) {
          const label = statusLabel(site.sbcDeploymentState);
          expect(label === null || typeof label === 'string').toBe(true);
        }
      }),
    );
  });

  it('GET /api/ovoc/v1/topology/services/: health rows filtered, faceted, sorted by every column, counted and matched', async () => {
    await run(
      fc.asyncProperty(hostilePayload(fixtures.ovocServices), async (payload) => {
        const result = await fetchAs(payload, () => http('/api/ovoc/v1/topology/services/', { schema: ovocServicesResponseSchema }));
        const data = outcome(result);
        if (data === null) return;
        const { services } = data;
        const rows = toHealthRows(services.map((service, index) => toHealthServiceRow(service, index)));
        for (const row of rows) {
          expect(row.name.length).toBeGreaterThan(0);
          formatDefinedAt(row.definedAtMs, NOW);
          formatElements(row.service.elementsCount);
          formatDevices(row.service.devices);
        }
        // The expanded row's live read of one service: the same objects.
        for (const service of services) {
          for (const parameter of service.parameters ?? []) formatParameterValue(parameter.value);
          readServiceParameters(service.parameters, new Date(NOW));
          expect(typeof serviceLabel(service)).toBe('string');
        }
        // Rows are told apart by their key (expanded state, links, React keys).
        expect(new Set(rows.map((row) => row.key)).size).toBe(rows.length);
        const filters = { q: rows[0]?.name.split(/\s+/)[0]?.slice(0, 40) ?? '', status: [], license: [], source: [] };
        if (rows[0]) expect(filterRows(rows, filters)).toContain(rows[0]);
        for (const id of SORTABLE_COLUMNS) {
          for (const desc of [false, true]) expect(sortHealthRows(rows, { id, desc })).toHaveLength(rows.length);
        }
        facetOptions(rows, 'licenseKey', []);
        facetOptions(rows, 'sourceKey', ['(none)']);
        expect(totalCount(countStatuses(services.map((service) => service.status)))).toBe(services.length);
        matchOvocServices({ guid: 'a2a3f4c1-38a9-4709-a1be-0c99d02dd5a2', shortName: 'customera-dm' }, services);
      }),
    );
  });

  it('PUT /api/ovoc/v1/topology/customers/{id}: statuses, dates, contacts and enabled services', async () => {
    await run(
      fc.asyncProperty(hostilePayload(fixtures.ovocCustomer), async (payload) => {
        const result = await fetchAs(payload, () => http('/api/ovoc/v1/topology/customers/79192', { method: 'PUT', schema: ovocCustomerSchema }));
        const customer = outcome(result);
        if (customer === null) return;
        for (const status of [customer.status, customer.applicationsStatus?.management?.managementStatus]) statusLabel(status);
        const ms = parseOvocDateTime(customer.definedAt);
        const defined = formatDefinedAt(ms, NOW);
        if (defined) expect(new Date(ms).toISOString()).toMatch(/^\d{4}-/);
        expect(Object.keys(customer.services ?? {}).every((key) => typeof key === 'string')).toBe(true);
      }),
    );
  });
});

describe('strings the browser cannot put in a URL', () => {
  it('reads a lone surrogate ("\\ud800" in the JSON) as U+FFFD, so a link to that GUID can still be built', async () => {
    const payload = [{ ...fixtures.servicesBrief[0], UmpCustomerGuid: 'abc\uD800def', CustomerShortName: 'x\uDC00' }];
    expect(JSON.stringify(payload)).toContain('\\ud800');
    const result = await fetchAs(payload, () => http('/api/v3/customer', { schema: servicesListSchema }));
    const row = result.ok ? result.data[0] : undefined;
    expect(row?.umpCustomerGuid).toBe('abc\uFFFDdef');
    expect(row?.customerShortName).toBe('x\uFFFD');
    expect(encodeURIComponent(row?.umpCustomerGuid ?? '')).toBe('abc%EF%BF%BDdef');
  });
});
