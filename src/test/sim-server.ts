/**
 * msw/node serving the simulator's own handlers on a fresh store per test: the integration tests of
 * every page talk to the same simulator as the demo and the e2e tests, in-process.
 */
import { http, HttpResponse, type RequestHandler } from 'msw';
import { setupServer } from 'msw/node';
import { ROUTES } from '../../simulator/faults';
import { createHandlers } from '../../simulator/handlers';
import { oddListRows } from '../../simulator/shapes';
import { createStore, type SimStore, type StoreOptions } from '../../simulator/store';
import { resetUnreadableReports } from '../api/unreadable-report';
import { auditHandlers, createAuditStandIn, type AuditStandIn } from './audit-stand-in';
import { consoleHandlers, createSnapshotState, type ConsoleSnapshotState } from './console-snapshot';

export interface SimServer {
  readonly store: SimStore;
  /** Our server's snapshot over the store (/api/console/*): its version, staleness and history. */
  readonly snapshot: ConsoleSnapshotState;
  /** The console server's audit trail (/api/console/audit): entries and the verify answer, per test. */
  readonly audit: AuditStandIn;
  /** Every request the handlers saw, as "METHOD /path". */
  readonly requests: string[];
  /** Bodies the page sent to our server's unreadable-rows report. */
  readonly reports: unknown[];
  /** Replaces the store for the current test (e.g. a bigger list). */
  reset(options?: StoreOptions): void;
  /** Handlers that answer before the simulator's, for the current test only. */
  use(...handlers: RequestHandler[]): void;
  readonly server: ReturnType<typeof setupServer>;
}

export interface SimServerOptions {
  /** Anchors the simulator's generated data (secret expiry dates). */
  now: Date;
  /** What our own server's /api/console/info says (the shell's demo badge asks it). */
  mode?: 'demo' | 'live';
  /** Who /api/console/me says is at the console (default the local operator, admin). */
  role?: 'viewer' | 'onboarding' | 'admin';
}

function suggestionsFrom(store: SimStore) {
  const counts = new Map<number, number>();
  for (const customer of store.listCustomersWithSites()) {
    for (const site of customer.siteLocation ?? []) if (site.sbcId !== null) counts.set(site.sbcId, (counts.get(site.sbcId) ?? 0) + 1);
  }
  const sbcs = [...counts].map(([sbcId, connections]) => ({ sbcId, connections })).sort((a, b) => b.connections - a.connections || a.sbcId - b.sbcId);
  return { sbcs, cacProfiles: ['10 sessions', '20 sessions'], channelIds: ['52262'], sitesReadAt: new Date(0).toISOString(), notes: [] };
}
/**
 * Why the server's mirror cannot read the two vendor lists while a fault is set on one of them, in
 * the words of server/mirror/read-lists.ts; null when both answer. Looks without using up `times`.
 */
function mirrorReadFailure(store: SimStore): string | null {
  const lists = [
    [ROUTES.listCustomers, 'customers list'],
    [ROUTES.ovocServices, 'OVOC services list'],
  ] as const;
  for (const [route, what] of lists) {
    const status = store.faults.list().find((fault) => fault.route === route)?.status;
    if (status === undefined) continue;
    return status === 0 ? `${what}: the call failed` : `${what}: the Live Platform answered ${status}`;
  }
  return null;
}

/** /api/console/me without sign-in. */
export const operator = (role: 'viewer' | 'onboarding' | 'admin' = 'admin') => ({ name: 'Local operator', email: null, role, signedIn: false, csrfToken: null });

/** Call at the top of a test file: starts msw for the file; fresh store, request log and storage per test. */
export function startSimServer({ now, mode = 'demo', role = 'admin' }: SimServerOptions): SimServer {
  let store = createStore({ now });
  let snapshot = createSnapshotState(now);
  let audit = createAuditStandIn();
  const requests: string[] = [];
  const reports: unknown[] = [];
  const server = setupServer(
    ...consoleHandlers({
      // What GET /api/v3/customer serves the mirror: the store's rows, then its odd shapes' raw rows.
      customers: () => [...store.listCustomers(), ...oddListRows(store.shapes)],
      services: () => ({ services: store.listOvocServices() }),
      state: () => snapshot,
      readFailure: () => mirrorReadFailure(store),
    }),
    ...createHandlers(() => store),
    http.get('*/api/console/info', () => HttpResponse.json({ mode })),
    // The console server's own suggestions (server/suggestions/), computed here from the same store.
    http.get('*/api/console/onboarding/suggestions', () => HttpResponse.json(suggestionsFrom(store))),
    http.post('*/api/console/reports/unreadable', async ({ request }) => {
      reports.push(await request.json());
      return new HttpResponse(null, { status: 204 });
    }),
    http.get('*/api/console/me', () => HttpResponse.json(operator(role))),
    ...auditHandlers(() => audit),
  );
  server.events.on('request:start', ({ request }) => {
    requests.push(`${request.method} ${new URL(request.url).pathname}`);
  });

  beforeAll(() => {
    server.listen({ onUnhandledRequest: 'error' });
    // jsdom has no scrolling; the router's scroll restoration calls it on every navigation.
    window.scrollTo = () => undefined;
  });
  beforeEach(() => {
    store = createStore({ now });
    snapshot = createSnapshotState(now);
    audit = createAuditStandIn();
    requests.length = 0;
    reports.length = 0;
    resetUnreadableReports();
    localStorage.clear();
    sessionStorage.clear();
  });
  afterEach(() => server.resetHandlers());
  afterAll(() => server.close());

  return {
    get store() {
      return store;
    },
    get snapshot() {
      return snapshot;
    },
    get audit() {
      return audit;
    },
    requests,
    reports,
    reset(options = {}) {
      store = createStore({ now, ...options });
    },
    use(...handlers) {
      server.use(...handlers);
    },
    server,
  };
}
