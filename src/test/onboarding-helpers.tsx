/** Shared setup for the wizard's integration tests: the simulator's handlers via msw/node, with a request log. */
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { operator } from './sim-server';
import { screen } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { createHandlers } from '../../simulator/handlers';
import { createStore, type SimStore } from '../../simulator/store';

export interface LoggedRequest {
  method: string;
  path: string;
  body: unknown;
}

export function startSim() {
  let store = createStore({ now: new Date('2026-11-01T00:00:00Z') });
  const requests: LoggedRequest[] = [];
  const server = setupServer(
    ...createHandlers(() => store),
    http.get('*/api/console/info', () => HttpResponse.json({ mode: 'demo' })),
    // The console server's own suggestions (server/suggestions/): a fixed answer is enough for the wizard.
    http.get('*/api/console/onboarding/suggestions', () =>
      HttpResponse.json({ sbcs: [{ sbcId: 8, connections: 3 }, { sbcId: 12, connections: 1 }], cacProfiles: ['10 sessions'], channelIds: ['52262'], sitesReadAt: null, notes: [] }),
    ),
    http.get('*/api/console/me', () => HttpResponse.json(operator())),
  );
  server.events.on('request:start', async ({ request }) => {
    const text = request.method === 'GET' ? '' : await request.clone().text();
    requests.push({ method: request.method, path: new URL(request.url).pathname, body: text ? (JSON.parse(text) as unknown) : undefined });
  });
  beforeAll(() => {
    server.listen({ onUnhandledRequest: 'error' });
    window.scrollTo = () => undefined;
  });
  beforeEach(() => {
    store = createStore({ now: new Date('2026-11-01T00:00:00Z') });
    requests.length = 0;
    sessionStorage.clear();
  });
  afterEach(() => server.resetHandlers());
  afterAll(() => server.close());
  return {
    get store(): SimStore {
      return store;
    },
    requests,
    server,
    posts: () => requests.filter((r) => r.method === 'POST' && r.path === '/api/v2/customer'),
  };
}

/** The create page's example values. */
export const EXAMPLE = {
  shortName: 'SaraTest1',
  fullName: 'SaraTest1',
  msTenantId: '4bf50a33-a383-4d3f-9403-220c898bc1b2',
  sbcId: '5',
  onboarding: '10007',
  cleanup: '10700',
  cacProfile: '5 sessions',
  proxySet: 'SIPTrunk',
  gateway: 'BradDRService.sandbox2.audiocodes.be',
  prop1: 'Service Provider2 SBC',
};

/** A form field by its label, with or without the required marker (" *"). */
export function field(label: string): HTMLElement {
  const escaped = label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return screen.getByLabelText(new RegExp(`^${escaped}(\\s*\\*)?$`));
}

/** Replaces a field's text the way a person pasting would (one input event, so it is quick). */
export async function fill(user: UserEvent, label: string, value: string) {
  const input = field(label);
  await user.clear(input);
  if (value !== '') {
    await user.click(input);
    await user.paste(value);
  }
}

export async function next(user: UserEvent) {
  await user.click(screen.getByRole('button', { name: 'Next' }));
}

export async function fillCustomer(user: UserEvent, values: Partial<typeof EXAMPLE> = {}) {
  const v = { ...EXAMPLE, ...values };
  await screen.findByRole('heading', { level: 2, name: 'Customer' });
  await fill(user, 'Short name', v.shortName);
  await fill(user, 'Full name', v.fullName);
  await fill(user, 'Microsoft tenant id', v.msTenantId);
  await user.click(screen.getByRole('radio', { name: /IP Group/ }));
}

export async function fillExample(user: UserEvent, values: Partial<typeof EXAMPLE> = {}) {
  const v = { ...EXAMPLE, ...values };
  await fillCustomer(user, v);
  await next(user);
  await screen.findByRole('heading', { level: 2, name: 'SIP connection' });
  await fill(user, 'SBC', v.sbcId);
  await fill(user, 'Onboarding script', v.onboarding);
  await fill(user, 'Cleanup script', v.cleanup);
  await next(user);
  await screen.findByRole('heading', { level: 2, name: 'Script parameters' });
  await fill(user, 'CAC profile', v.cacProfile);
  await fill(user, 'Proxy set', v.proxySet);
  await fill(user, 'Online PSTN gateway', v.gateway);
  await fill(user, 'Additional property 1', v.prop1);
  await next(user);
  await screen.findByRole('heading', { level: 2, name: 'Review' });
}
