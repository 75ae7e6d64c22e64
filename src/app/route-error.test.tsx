import { screen } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { renderRoute } from '../test/render';

// The health page blows up while rendering, as a buggy page or an unexpected payload would.
const page = vi.hoisted(() => ({ broken: true }));
vi.mock('../features/health/HealthPage', () => ({
  HealthPage: () => {
    if (page.broken) throw new Error('Health page exploded');
    return <h1>Health</h1>;
  },
}));
vi.mock('../features/services/ServicesPage', () => ({ ServicesPage: () => <h1>Services</h1> }));

const server = setupServer(http.get('/api/console/info', () => HttpResponse.json({ mode: 'live' })));
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());
beforeEach(() => {
  page.broken = true;
  // React and the router log caught render errors; keep the test output readable.
  vi.spyOn(console, 'error').mockImplementation(() => {});
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});

describe('route error boundary', () => {
  it('shows the error inside the shell with a way back to services', async () => {
    const { user, router } = await renderRoute('/health');

    expect(await screen.findByRole('alert')).toHaveTextContent('Health page exploded');
    // The shell (navigation) is still there.
    expect(screen.getAllByRole('navigation', { name: 'Main' }).length).toBeGreaterThan(0);

    await user.click(screen.getByRole('link', { name: 'Back to services' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Services' })).toBeVisible();
    expect(router.state.location.pathname).toBe('/');
  });

  it('renders the page again on "Try again" once the cause is gone', async () => {
    const { user } = await renderRoute('/health');
    expect(await screen.findByRole('alert')).toBeVisible();

    page.broken = false;
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Health' })).toBeVisible();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
