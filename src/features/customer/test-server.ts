/** Shared msw setup for the customer page's integration tests: the simulator's handlers on a fresh store per test. */
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { createHandlers } from '../../mocks/handlers';
import { createStore, type SimStore } from '../../mocks/store';

export const DETAILS_EXAMPLE_GUID = 'a2a3f4c1-38a9-4709-a1be-0c99d02dd5a2';
/** Anchors the simulator's generated data (not the example's fixed expiry). */
export const STORE_NOW = new Date('2026-11-01T00:00:00Z');

export interface SimServer {
  readonly store: SimStore;
  /** Every request the handlers saw, as "METHOD /path". */
  readonly requests: string[];
  server: ReturnType<typeof setupServer>;
}

/** Call at the top of a test file: starts msw for the file and resets store and log before each test. */
export function startSimServer(): SimServer {
  let store = createStore({ now: STORE_NOW });
  const requests: string[] = [];
  // /api/console/info is our own server's (the shell's demo badge asks it), not the simulator's.
  const server = setupServer(
    ...createHandlers(() => store),
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
  });
  afterEach(() => server.resetHandlers());
  afterAll(() => server.close());

  return {
    get store() {
      return store;
    },
    requests,
    server,
  };
}

/** Freezes Date (only Date: timers stay real, so msw and user-event work). */
export function freezeDate(iso: string): void {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(iso));
}
