import { screen, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { renderRoute } from '../test/render';

// The shell's sign-in pieces are under test, not the pages.
vi.mock('../features/services/ServicesPage', () => ({ ServicesPage: () => <h1>Services</h1> }));
vi.mock('../features/health/HealthPage', () => ({ HealthPage: () => <h1>Health</h1> }));
vi.mock('../features/onboarding/OnboardingPage', () => ({ OnboardingPage: () => <h1>New Essentials customer</h1> }));
vi.mock('../features/customer/CustomerPage', () => ({ CustomerPage: () => <h1>Customer</h1> }));

let info: Record<string, unknown> = { mode: 'live', auth: 'oidc', unauthenticatedOverride: false };
const logoutTokens: (string | null)[] = [];
const server = setupServer(
  http.get('/api/console/info', () => HttpResponse.json(info)),
  http.get('/api/console/me', () => HttpResponse.json({ name: 'Alice Staff', email: 'alice@provider.example', signedIn: true, csrfToken: 'tok-1' })),
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
    const button = screen.getByRole('button', { name: 'Sign out' });
    await user.click(button);
    await waitFor(() => expect(window.location.hash).toBe('#signed-out'));
    expect(logoutTokens).toEqual(['tok-1']);
    expect(button).toBeDisabled();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('is absent, and nobody is asked about, when sign-in is not configured', async () => {
    info = { mode: 'live', auth: 'none', unauthenticatedOverride: false };
    await renderRoute('/health');
    expect(screen.getByRole('heading', { level: 1, name: 'Health' })).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Sign out' })).not.toBeInTheDocument();
    expect(screen.queryByText(/Sign-in is switched off/)).not.toBeInTheDocument();
  });
});

describe('sign-in switched off by the operator', () => {
  it('warns on every page that anyone reaching the console can use it', async () => {
    info = { mode: 'live', auth: 'none', unauthenticatedOverride: true };
    await renderRoute('/health');
    expect(await screen.findByText(/Sign-in is switched off: anyone who can reach this console can read, create and delete every customer/)).toBeVisible();
  });
});
