/** msw setup for the services page's integration tests: the simulator's handlers on a fresh store per test. */
import { http, HttpResponse, type RequestHandler } from 'msw';
import { setupServer } from 'msw/node';
import { createHandlers } from '../../../mocks/handlers';
import { createStore, type SimStore, type StoreOptions } from '../../../mocks/store';

export const STORE_NOW = new Date('2026-03-01T12:00:00Z');

export interface ServicesSimServer {
  readonly store: SimStore;
  /** Every request the handlers saw, as "METHOD /path". */
  readonly requests: string[];
  /** Replaces the store for the current test (e.g. a bigger list). */
  reset(options?: StoreOptions): void;
  /** Handlers that answer before the simulator's, for the current test only. */
  use(...handlers: RequestHandler[]): void;
}

/** Call at the top of a test file: starts msw for the file, fresh store and request log per test. */
export function startServicesSim(): ServicesSimServer {
  let store = createStore({ now: STORE_NOW });
  const requests: string[] = [];
  const server = setupServer(
    ...createHandlers(() => store),
    // Our own server's endpoint (the shell's demo badge asks it), not the simulator's.
    http.get('*/api/console/info', () => HttpResponse.json({ mode: 'demo' })),
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
    store = createStore({ now: STORE_NOW });
    requests.length = 0;
    localStorage.clear();
  });
  afterEach(() => server.resetHandlers());
  afterAll(() => server.close());

  return {
    get store() {
      return store;
    },
    requests,
    reset(options = {}) {
      store = createStore({ now: STORE_NOW, ...options });
    },
    use(...handlers) {
      server.use(...handlers);
    },
  };
}
