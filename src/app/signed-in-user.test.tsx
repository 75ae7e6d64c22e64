import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { renderRoute } from '../test/render';
import { operator } from '../test/sim-server';

// The shell's sign-in pieces are under test, not the pages.
vi.mock('../features/services/ServicesPage', () => ({ ServicesPage: () => <h1>Services</h1> }));
vi.mock('../features/health/HealthPage', () => ({ HealthPage: () => <h1>Health</h1> }));
vi.mock('../features/onboarding/OnboardingPage', () => ({ OnboardingPage: () => <h1>New Essentials customer</h1> }));
vi.mock('../features/customer/CustomerPage', () => ({ CustomerPage: () => <h1>Customer</h1> }));

let info: Record<string, unknown> = { mode: 'live', auth: 'oidc', unauthenticatedOverride: false };
const logoutTokens: (string | null)[] = [];
const server = setupServer(
  http.get('/api/console/info', () => HttpResponse.json(info)),
  http.get('/api/console/me', () => HttpResponse.json({ name: 'Alice Staff', email: 'alice@provider.example', role: 'onboarding', signedIn: true, csrfToken: 'tok-1' })),
  http.post('/auth/logout', ({ request }) => {
    logoutTokens.push(request.headers.get('x-csrf-token'));
    // A same-document target, which jsdom can follow.
    return HttpResponse.json({ redirectTo: '/#signed-out' });
  }),
);

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  info = { mode: 'live', auth: 'oidc', unauthenticatedOverride: false };
  logoutTokens.length = 0;
  document.cookie = 'lpc_csrf=; Max-Age=0; Path=/';
});
afterAll(() => server.close());

describe('signed-in user in the app bar', () => {
  it('names the person and signs them out with the CSRF token', async () => {
    document.cookie = 'lpc_csrf=tok-1; Path=/';
    const { user } = await renderRoute('/health');
    expect(await screen.findByText('Alice Staff')).toBeVisible();
    expect(screen.getByText('Role: Onboarding')).toBeVisible();
    const button = screen.getByRole('button', { name: 'Sign out' });
    await user.click(button);
    await waitFor(() => expect(window.location.hash).toBe('#signed-out'));
    expect(logoutTokens).toEqual(['tok-1']);
    expect(button).toBeDisabled();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('names the local operator as admin, without sign-out, when sign-in is not configured', async () => {
    info = { mode: 'live', auth: 'none', unauthenticatedOverride: false };
    server.use(http.get('/api/console/me', () => HttpResponse.json(operator())));
    await renderRoute('/health');
    expect(screen.getByRole('heading', { level: 1, name: 'Health' })).toBeVisible();
    expect(await screen.findByText('Local operator')).toBeVisible();
    expect(screen.getByText('Role: Admin')).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Sign out' })).not.toBeInTheDocument();
    expect(screen.queryByText(/Sign-in is switched off/)).not.toBeInTheDocument();
  });
});

describe('the demo\'s role switcher', () => {
  afterEach(() => {
    document.cookie = 'console-demo-role=; Max-Age=0; Path=/';
  });

  it('plays another role: the header and the navigation follow', async () => {
    info = { mode: 'demo', auth: 'none', unauthenticatedOverride: false };
    // As the server does in demo mode: the role from the switcher's cookie.
    server.use(http.get('/api/console/me', () => HttpResponse.json(operator(/console-demo-role=(\w+)/.exec(document.cookie)?.[1] === 'viewer' ? 'viewer' : 'admin'))));
    const { user } = await renderRoute('/health');
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(await within(nav).findByRole('link', { name: 'New Essentials customer' })).toBeVisible();
    await user.click(await screen.findByRole('button', { name: 'Role: Admin' }));
    // The menu is loaded with its first opening.
    await user.click(await screen.findByRole('menuitemradio', { name: 'Viewer' }));
    expect(await screen.findByRole('button', { name: 'Role: Viewer' })).toBeVisible();
    await waitFor(() => expect(within(nav).queryByRole('link', { name: 'New Essentials customer' })).not.toBeInTheDocument());
  });
});

describe('sign-in switched off by the operator', () => {
  it('warns on every page that anyone reaching the console can use it', async () => {
    info = { mode: 'live', auth: 'none', unauthenticatedOverride: true };
    await renderRoute('/health');
    expect(await screen.findByText(/Sign-in is switched off: anyone who can reach this console can read, create and delete every customer/)).toBeVisible();
  });
});
