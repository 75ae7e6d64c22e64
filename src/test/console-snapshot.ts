/**
 * An in-memory stand-in for our server's snapshot API (/api/console/*, docs/console-api.md) for the
 * browser's unit tests: it joins whatever the simulator's store (or a fuzzed payload) holds, the way
 * the server's mirror does, and keeps a small history the tests can add to.
 */
import { http, HttpResponse, type RequestHandler } from 'msw';
import { toHealthServiceRow } from '../api/health-index/health-row';
import { foldKey, isPlainObject, ovocServiceSchema, readRows, readServicesList, UNREADABLE_KEPT, type OvocService, type ServiceBrief, type UnreadableRow } from '../api/schemas';
import { boundedValue } from '../domain/as-sent';
import { selectFirstHealthRows } from '../api/schemas/health-first';
import { encodeHealthRow, type ConsoleHealth } from '../api/schemas/health-wire';
import { encodeServiceRows } from '../api/schemas/services-wire';
import type {
  ConsoleServices,
  HealthServiceRow,
  RefreshAnswer,
  Since,
  SnapshotMeta,
  StatusChange,
  TrackedField,
} from '../api/schemas/console-snapshot';
import { serviceQuery, statusKeyOf, worstService } from '../domain/health-keys';
import { buildOvocIndex, lookupOvoc } from '../domain/matching';

export interface ConsoleSnapshotState {
  version: number;
  takenAt: string;
  /** When the console first saw every service ("since at least"). */
  firstSeenAt: string;
  stale: SnapshotMeta['stale'];
  /** Recorded changes, oldest first. */
  changes: StatusChange[];
  /** What POST /api/console/refresh answers. */
  refreshAnswer: RefreshAnswer | null;
  /** False: the mirror has not read the Live Platform yet, so a failing read answers 503 (no snapshot to serve). */
  hasSnapshot: boolean;
}

export function createSnapshotState(now: Date): ConsoleSnapshotState {
  const at = new Date(now.getTime() - 7 * 24 * 3600_000).toISOString();
  return { version: 1, takenAt: now.toISOString(), firstSeenAt: at, stale: null, changes: [], refreshAnswer: null, hasSnapshot: true };
}

/** The rows of each vendor list the mirror could not read (all of them: the meta keeps the first, as the server does). */
type Skipped = { customers: readonly UnreadableRow[]; ovocServices: readonly UnreadableRow[] };
const NONE_SKIPPED: Skipped = { customers: [], ovocServices: [] };
const kept = (rows: readonly UnreadableRow[]) => rows.slice(0, UNREADABLE_KEPT).map((row) => ({ ...row, value: boundedValue(row.value) }));

export function metaOf(state: ConsoleSnapshotState, skipped: Skipped = NONE_SKIPPED): SnapshotMeta {
  return {
    version: state.version,
    takenAt: state.takenAt,
    servedAt: state.takenAt,
    stale: state.stale,
    skippedRows: { customers: skipped.customers.length, ovocServices: skipped.ovocServices.length },
    unreadableRows: { customers: kept(skipped.customers), ovocServices: kept(skipped.ovocServices) },
  };
}

function sinceOf(state: ConsoleSnapshotState, key: string, field: TrackedField): Since {
  const last = state.changes.findLast((change) => change.key === key && change.field === field);
  return last ? { at: last.at, atLeast: last.firstSeen } : { at: state.firstSeenAt, atLeast: true };
}

function rowSince(state: ConsoleSnapshotState, key: string): HealthServiceRow['since'] {
  return {
    status: sinceOf(state, key, 'status'),
    managementStatus: sinceOf(state, key, 'managementStatus'),
    serviceDeployStatus: sinceOf(state, key, 'serviceDeployStatus'),
    voiceQualityStatus: sinceOf(state, key, 'voiceQualityStatus'),
  };
}

export function healthAnswer(
  customers: readonly ServiceBrief[],
  services: readonly OvocService[],
  state: ConsoleSnapshotState,
  skipped: Skipped = NONE_SKIPPED,
): ConsoleHealth {
  const index = buildOvocIndex(services);
  const guidOf = new Map<OvocService, string>();
  for (const customer of customers) {
    for (const service of lookupOvoc(index, { guid: customer.umpCustomerGuid, shortName: customer.customerShortName }).services) {
      if (!guidOf.has(service) && customer.umpCustomerGuid !== null) guidOf.set(service, customer.umpCustomerGuid);
    }
  }
  const rows = services.map((service, at) => {
    const row = toHealthServiceRow(service, at, { customerGuid: guidOf.get(service) ?? null });
    return { ...row, since: rowSince(state, row.key) };
  });
  return { meta: metaOf(state, skipped), rows };
}

export function servicesAnswer(
  customers: readonly ServiceBrief[],
  services: readonly OvocService[],
  state: ConsoleSnapshotState,
  skipped: Skipped = NONE_SKIPPED,
): ConsoleServices {
  const index = buildOvocIndex(services);
  const keys = new Map(services.map((service, at) => [service, toHealthServiceRow(service, at).key]));
  const rows = customers.map((customer) => {
    const match = lookupOvoc(index, { guid: customer.umpCustomerGuid, shortName: customer.customerShortName });
    const worst = worstService(match.services);
    if (worst === null) return { ...customer, health: null };
    const query = serviceQuery(worst);
    return {
      ...customer,
      health: {
        key: statusKeyOf(worst),
        count: match.services.length,
        matchedBy: match.matchedBy ?? 'id',
        ...(query === customer.customerShortName ? {} : { query }),
        since: sinceOf(state, keys.get(worst) ?? '', 'status'),
      },
    };
  });
  return { meta: metaOf(state, skipped), rows };
}

/** A vendor list read row by row, as server/mirror/read-lists.ts does; a string: why its top-level shape does not fit, in the mirror's words. */
interface ListRead<T> {
  rows: T[];
  unreadable: UnreadableRow[];
}

function readCustomers(json: unknown): ListRead<ServiceBrief> | string {
  if (!Array.isArray(json)) return 'customers list: the answer is not a list';
  const read = readServicesList(json);
  return read;
}

export function readServices(json: unknown): ListRead<OvocService> | string {
  // Any casing of "services", as the mirror accepts.
  const list: unknown = isPlainObject(json) ? Object.entries(json).find(([key]) => foldKey(key) === 'services')?.[1] : undefined;
  if (!Array.isArray(list)) return 'OVOC services list: the answer has no services list';
  return readRows(ovocServiceSchema, list);
}

export interface SnapshotSource {
  /** The vendor answers as the mirror read them (unparsed: a fuzzed payload may not fit). */
  customers: () => unknown;
  services: () => unknown;
  state: () => ConsoleSnapshotState;
  /** Why the mirror's read of the vendor lists fails right now (server/mirror/read-lists.ts words); null when it reads. */
  readFailure?: () => string | null;
}

/** The server's answer while the first read fails (server/mirror/routes.ts): 503, the reason in `detail`. */
function noSnapshotYet(reason: string): Response {
  return HttpResponse.json(
    { title: 'No snapshot yet', status: 503, detail: reason },
    { status: 503, headers: { 'retry-after': '5', 'x-request-id': crypto.randomUUID() } },
  );
}

/**
 * The console API over a source. A vendor list whose top-level shape does not fit fails the mirror's
 * read, as server/mirror/read-lists.ts does; the stand-in has no earlier snapshot to keep, so it answers
 * as before a first read: 503 with the mirror's reason.
 */
export function consoleHandlers(source: SnapshotSource): RequestHandler[] {
  const read = () => {
    const customers = readCustomers(source.customers());
    const services = readServices(source.services());
    if (typeof customers === 'string') return customers;
    if (typeof services === 'string') return services;
    return { customers: customers.rows, services: services.rows, skipped: { customers: customers.unreadable, ovocServices: services.unreadable } };
  };
  /** The snapshot as served: a failing read keeps the last one, marked stale with the reason; before any, the reason alone. */
  const served = (): ConsoleSnapshotState | string => {
    const state = source.state();
    const failure = source.readFailure?.() ?? null;
    if (failure === null || state.stale !== null) return state;
    if (!state.hasSnapshot) return failure;
    return { ...state, stale: { since: state.takenAt, reason: failure } };
  };
  return [
    http.get('*/api/console/services', () => {
      const lists = read();
      if (typeof lists === 'string') return noSnapshotYet(lists);
      const state = served();
      if (typeof state === 'string') return noSnapshotYet(state);
      const answer = servicesAnswer(lists.customers, lists.services, state, lists.skipped);
      // Sent in the compact form the server sends (services-wire.ts).
      return HttpResponse.json({ meta: answer.meta, rows: encodeServiceRows(answer.rows) });
    }),
    http.get('*/api/console/health', ({ request }) => {
      const lists = read();
      if (typeof lists === 'string') return noSnapshotYet(lists);
      const state = served();
      if (typeof state === 'string') return noSnapshotYet(state);
      const answer = healthAnswer(lists.customers, lists.services, state, lists.skipped);
      // Sent in the compact form the server sends (health-wire.ts).
      const rows = answer.rows.map(encodeHealthRow);
      const first = new URL(request.url).searchParams.get('first');
      // The first screenful, picked as the server picks it (health-first.ts).
      if (first !== null) return HttpResponse.json({ meta: answer.meta, ...selectFirstHealthRows(rows, Number(first)) });
      return HttpResponse.json({ meta: answer.meta, rows });
    }),
    http.get('*/api/console/changes', ({ request }) => {
      const state = source.state();
      const hours = Number(new URL(request.url).searchParams.get('hours') ?? '24');
      const from = new Date(Date.parse(state.takenAt) - hours * 3600_000).toISOString();
      const changes = state.changes.filter((change) => !change.firstSeen && change.at >= from).reverse();
      return HttpResponse.json({ meta: metaOf(state), from, changes });
    }),
    http.get('*/api/console/health/:key/timeline', ({ params }) => {
      const state = source.state();
      const key = String(params.key);
      return HttpResponse.json({ from: state.firstSeenAt, to: state.takenAt, keys: [key], changes: state.changes.filter((c) => c.key === key) });
    }),
    http.get('*/api/console/customers/:guid/timeline', ({ params }) => {
      const state = source.state();
      const lists = read();
      const health = healthAnswer(typeof lists === 'string' ? [] : lists.customers, typeof lists === 'string' ? [] : lists.services, state);
      const keys = health.rows.filter((row) => row.customerGuid === String(params.guid)).map((row) => row.key);
      return HttpResponse.json({ from: state.firstSeenAt, to: state.takenAt, keys, changes: state.changes.filter((c) => keys.includes(c.key)) });
    }),
    http.post('*/api/console/refresh', () => {
      const state = source.state();
      return HttpResponse.json(state.refreshAnswer ?? { accepted: true, version: state.version, retryAfterSeconds: 10 }, { status: 202 });
    }),
  ];
}
