/**
 * msw/node serving the simulator's own handlers on a fresh store per test: the integration tests of
 * every page talk to the same simulator as the demo and the e2e tests, in-process.
 */
import { http, HttpResponse, type RequestHandler } from 'msw';
import { setupServer } from 'msw/node';
import { createHandlers } from '../../simulator/handlers';
import { createStore, type SimStore, type StoreOptions } from '../../simulator/store';

export interface SimServer {
  readonly store: SimStore;
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
  /** Who /api/console/me says is at the console (default the local operator, admin). */
  role?: 'viewer' | 'onboarding' | 'admin';
}

/** /api/console/me without sign-in. */
export const operator = (role: 'viewer' | 'onboarding' | 'admin' = 'admin') => ({ name: 'Local operator', email: null, role, signedIn: false, csrfToken: null });

/** Call at the top of a test file: starts msw for the file; fresh store, request log and storage per test. */
export function startSimServer({ now, mode = 'demo', role = 'admin' }: SimServerOptions): SimServer {
  let store = createStore({ now });
  const requests: string[] = [];
  const server = setupServer(
    ...createHandlers(() => store),
    http.get('*/api/console/info', () => HttpResponse.json({ mode })),
    http.get('*/api/console/me', () => HttpResponse.json(operator(role))),
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
