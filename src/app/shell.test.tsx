import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { operator } from '../test/sim-server';
import { consoleQueries } from '../api/queries';
import { renderRoute } from '../test/render';

// The shell is under test, not the pages (their engineers test them): stand-in pages keep these
// tests independent of page data and of page changes.
vi.mock('../features/services/ServicesPage', () => ({ ServicesPage: () => <h1>Services</h1> }));
vi.mock('../features/health/HealthPage', () => ({ HealthPage: () => <h1>Health</h1> }));
vi.mock('../features/onboarding/OnboardingPage', () => ({ OnboardingPage: () => <h1>New Essentials customer</h1> }));
vi.mock('../features/customer/CustomerPage', () => ({ CustomerPage: () => <h1>Customer</h1> }));

let mode: 'demo' | 'live' = 'live';
const server = setupServer(
  http.get('/api/console/info', () => HttpResponse.json({ mode })),
  http.get('/api/console/me', () => HttpResponse.json(operator())),
);

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  mode = 'live';
});
afterAll(() => server.close());

describe('app shell', () => {
  it('renders the navigation and marks the current page', async () => {
    await renderRoute('/health');
    const nav = screen.getAllByRole('navigation', { name: 'Main' })[0];
    if (!nav) throw new Error('no main navigation');
    expect(within(nav).getByRole('link', { name: 'Health' })).toHaveAttribute('aria-current', 'page');
    expect(within(nav).getByRole('link', { name: 'Services' })).not.toHaveAttribute('aria-current');
    expect(within(nav).getByRole('link', { name: 'New Essentials customer' })).not.toHaveAttribute('aria-current');
    expect(screen.getByRole('heading', { level: 1, name: 'Health' })).toBeVisible();
    expect(screen.getByRole('main')).toBeInTheDocument();
  });

  it('moves between pages with the navigation and titles each page', async () => {
    const { user, router } = await renderRoute('/');
    await waitFor(() => expect(document.title).toBe('Services · Live Platform Console'));
    const nav = screen.getAllByRole('navigation', { name: 'Main' })[0];
    if (!nav) throw new Error('no main navigation');
    await user.click(within(nav).getByRole('link', { name: 'New Essentials customer' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'New Essentials customer' })).toBeVisible();
    expect(router.state.location.pathname).toBe('/customers/new');
    expect(within(nav).getByRole('link', { name: 'New Essentials customer' })).toHaveAttribute('aria-current', 'page');
    await waitFor(() => expect(document.title).toBe('New Essentials customer · Live Platform Console'));
  });

  it('offers a skip link to the main content as the first thing', async () => {
    const { user } = await renderRoute('/');
    await user.tab();
    const skip = screen.getByRole('link', { name: 'Skip to main content' });
    expect(skip).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('main')).toHaveFocus();
  });

  it('shows a 404 page with a way home for unknown URLs', async () => {
    const { user, router } = await renderRoute('/no/such/page');
    expect(screen.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
    expect(screen.getByText('/no/such/page')).toBeVisible();
    await user.click(screen.getByRole('link', { name: 'Go to services' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Services' })).toBeVisible();
    expect(router.state.location.pathname).toBe('/');
  });

  it('shows the "Demo data" badge when the server runs on the simulator', async () => {
    mode = 'demo';
    await renderRoute('/');
    expect(await screen.findByText('Demo data')).toBeVisible();
  });

  it('shows no badge against a live Live Platform', async () => {
    const { queryClient } = await renderRoute('/');
    // Wait for the info call to answer before asserting absence.
    await waitFor(() => expect(queryClient.getQueryState(consoleQueries.info().queryKey)?.status).toBe('success'));
    expect(screen.queryByText('Demo data')).toBeNull();
    expect(screen.getByRole('heading', { level: 1, name: 'Services' })).toBeVisible();
  });

  it('validates search params: malformed values fall back to defaults instead of breaking the page', async () => {
    const { router } = await renderRoute('/?license=1,9,x&sort=drop%20table&q=123');
    expect(screen.getByRole('heading', { level: 1, name: 'Services' })).toBeVisible();
    expect(router.state.matches.at(-1)?.search).toEqual({ license: [1], health: [], sort: '', q: '123' });
    // The address bar is rewritten to the clean form.
    const params = new URLSearchParams(router.state.location.searchStr);
    expect(params.get('license')).toBe('1');
    expect(params.has('sort')).toBe(false);
  });
});
