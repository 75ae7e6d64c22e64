/**
 * msw/node serving the simulator's own handlers on a fresh store per test: the integration tests of
 * every page talk to the same simulator as the demo and the e2e tests, in-process.
 */
import { http, HttpResponse, type RequestHandler } from 'msw';
import { setupServer } from 'msw/node';
import { createHandlers } from '../../simulator/handlers';
import { createStore, type SimStore, type StoreOptions } from '../../simulator/store';
import { consoleHandlers, createSnapshotState, type ConsoleSnapshotState } from './console-snapshot';

export interface SimServer {
  readonly store: SimStore;
  /** Our server's snapshot over the store (/api/console/*): its version, staleness and history. */
  readonly snapshot: ConsoleSnapshotState;
  /** Every request the handlers saw, as "METHOD /path". */
  readonly requests: string[];
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
}

/** Call at the top of a test file: starts msw for the file; fresh store, request log and storage per test. */
export function startSimServer({ now, mode = 'demo' }: SimServerOptions): SimServer {
  let store = createStore({ now });
  let snapshot = createSnapshotState(now);
  const requests: string[] = [];
  const server = setupServer(
    ...consoleHandlers({
      customers: () => store.listCustomers(),
      services: () => ({ services: store.listOvocServices() }),
      state: () => snapshot,
    }),
    ...createHandlers(() => store),
    http.get('*/api/console/info', () => HttpResponse.json({ mode })),
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
    requests.length = 0;
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
    requests,
    reset(options = {}) {
      store = createStore({ now, ...options });
    },
    use(...handlers) {
      server.use(...handlers);
    },
    server,
  };
}
