/**
 * msw/node with the simulator's handlers on a fresh store per test, for the documented-error tests:
 * `sim.store.faults.set(ROUTES.x, { status })` makes one route answer the documented error body.
 */
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { createHandlers } from '../../mocks/handlers';
import { createStore, type SimStore } from '../../mocks/store';

export const DETAILS_EXAMPLE_GUID = 'a2a3f4c1-38a9-4709-a1be-0c99d02dd5a2';
export const TICKET = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const NOW = new Date('2026-11-01T00:00:00Z');

export function startErrorsServer(): { readonly store: SimStore; readonly requests: string[] } {
  let store = createStore({ now: NOW });
  const requests: string[] = [];
  const server = setupServer(
    ...createHandlers(() => store),
    http.get('*/api/console/info', () => HttpResponse.json({ mode: 'live' })),
  );
  server.events.on('request:start', ({ request }) => {
    requests.push(`${request.method} ${new URL(request.url).pathname}`);
  });
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  beforeEach(() => {
    store = createStore({ now: NOW });
    requests.length = 0;
    sessionStorage.clear();
    localStorage.clear();
  });
  afterEach(() => server.resetHandlers());
  afterAll(() => server.close());
  return {
    get store() {
      return store;
    },
    requests,
  };
}
