/**
 * Fuzz, tier 2: whole pages rendered (app shell, router, react-query, MUI) with msw/node answering
 * a generated payload on one route and the documented example on the others. After each render the
 * page must have settled into data or a clear error, and nothing in the payload may have become
 * markup: no <img>, <script>, <iframe>, <svg onload> or on* attribute that the app did not create.
 */
import { cleanup, screen, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { fixtures } from '../../../simulator/fixtures';
import { consoleHandlers, createSnapshotState } from '../console-snapshot';
import { renderRoute } from '../render';
import { operator } from '../sim-server';

const snapshot = createSnapshotState(new Date('2026-03-01T12:00:00Z'));

/** Jsdom renders of a full page take a few hundred ms each: this many per page keeps the suite near a minute. */
export const RENDERS_PER_PAGE = 30;

export type FuzzedRoute = 'list' | 'details' | 'ovocServices' | 'ovocCustomer';

const answers: Record<FuzzedRoute, unknown> = {
  list: fixtures.servicesBrief,
  details: fixtures.customerDetailsAll,
  ovocServices: fixtures.ovocServices,
  ovocCustomer: fixtures.ovocCustomer,
};
const DEFAULTS = { ...answers };

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/** A payload as a reader of msw's answer gets it (JSON, lone surrogates read as U+FFFD): the page, or our server's mirror. */
export const overTheWire = (payload: unknown): unknown =>
  JSON.parse(JSON.stringify(payload) ?? 'null', (_key, value: unknown) => (typeof value === 'string' ? value.replace(LONE_SURROGATE, '\uFFFD') : value));

const json = (route: FuzzedRoute) => () => HttpResponse.json(answers[route] as Parameters<typeof HttpResponse.json>[0]);

/** Call at the top of a test file. */
export function startFuzzServer() {
  const server = setupServer(
    http.get('*/api/console/info', () => HttpResponse.json({ mode: 'live' })),
    http.get('*/api/console/me', () => HttpResponse.json(operator())),
    // Rows a page could not read are reported to our server; the pages' own notices are what is checked.
    http.post('*/api/console/reports/unreadable', () => new HttpResponse(null, { status: 204 })),
    // Our server's snapshot, joined from the fuzzed vendor answers as its mirror would.
    ...consoleHandlers({ customers: () => overTheWire(answers.list), services: () => overTheWire(answers.ovocServices), state: () => snapshot }),
    http.get('*/api/v3/customer', json('list')),
    http.get('*/api/v3/customer/:guid', json('details')),
    http.get('*/api/ovoc/v1/topology/services/', json('ovocServices')),
    http.put('*/api/ovoc/v1/topology/customers/:id', json('ovocCustomer')),
  );
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => Object.assign(answers, DEFAULTS));
  afterAll(() => server.close());
}

export interface Rendered {
  /** console.error calls during the render (React's warnings and caught render errors land here). */
  consoleErrors: string[];
  /** Errors that reached window without being caught. */
  uncaught: string[];
}

/**
 * Renders `url` with `payload` answering `route`, waits until `settled()` holds, runs `check`,
 * then unmounts. `settled` should find either the data or an error panel.
 */
export async function renderWith(route: FuzzedRoute, payload: unknown, url: string, settled: () => void, check: (rendered: Rendered) => void) {
  answers[route] = payload;
  const consoleErrors: string[] = [];
  const uncaught: string[] = [];
  const spy = vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    consoleErrors.push(args.map(String).join(' ').slice(0, 300));
  });
  const onError = (event: ErrorEvent) => uncaught.push(String(event.message));
  window.addEventListener('error', onError);
  try {
    await renderRoute(url);
    await waitFor(settled).catch((error: unknown) => {
      const main = document.querySelector('main')?.textContent ?? document.body.textContent ?? '';
      throw new Error(`The page did not settle: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}\nIt shows: ${main.slice(0, 600)}\nConsole errors: ${consoleErrors.join(' | ').slice(0, 600)}`);
    });
    check({ consoleErrors, uncaught });
  } finally {
    window.removeEventListener('error', onError);
    spy.mockRestore();
    cleanup();
    answers[route] = DEFAULTS[route];
  }
}

/** What every rendered page must satisfy, whatever the payload. */
export function expectSafePage({ consoleErrors, uncaught }: Rendered) {
  expect(uncaught.join('\n')).toBe('');
  expect(consoleErrors.join('\n---\n')).toBe('');
  // Not the route's error boundary, not a blank page.
  expect(screen.queryByRole('heading', { name: 'This page could not be shown' })).toBeNull();
  // (By element, not role: an open modal panel hides the page from the accessibility tree.)
  expect((document.querySelector('main')?.textContent ?? '').trim()).not.toBe('');
  // Nothing from the payload became an element or an event handler.
  expect(document.body.querySelectorAll('img, script, iframe, object, embed')).toHaveLength(0);
  const handlers = [...document.body.querySelectorAll('*')].flatMap((element) =>
    element.getAttributeNames().filter((name) => name.startsWith('on')).map((name) => `${element.tagName}[${name}]`),
  );
  expect(handlers.join(', ')).toBe('');
  expect(document.body.querySelectorAll('a[href^="javascript:" i]')).toHaveLength(0);
}

/** The error panel a list page shows when our server's mirror could not read a vendor list at all (its 503, with the reason). */
export function expectReadRefusedShown(alert: HTMLElement, reason: string) {
  expect(alert).toHaveTextContent('The server answered 503: No snapshot yet');
  expect(alert).toHaveTextContent(reason);
}

/** The error panel a page shows for a payload the data layer refused. */
export function expectParseErrorShown(alert: HTMLElement) {
  expect(alert).toHaveTextContent(/Unexpected data from the server|The server sent an empty response/);
}
