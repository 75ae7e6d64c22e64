import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { renderRoute } from '../test/render';

// The shell is under test, not the pages (their engineers test them): stand-in pages keep these
// tests independent of page data and of page changes.
vi.mock('../features/services/ServicesPage', () => ({ ServicesPage: () => <h1>Services</h1> }));
vi.mock('../features/health/HealthPage', () => ({ HealthPage: () => <h1>Health</h1> }));
vi.mock('../features/onboarding/OnboardingPage', () => ({ OnboardingPage: () => <h1>New Essentials customer</h1> }));
vi.mock('../features/customer/CustomerPage', () => ({ CustomerPage: () => <h1>Customer</h1> }));
import { COLOR_MODE_STORAGE_KEY } from './theme';

const server = setupServer(http.get('/api/console/info', () => HttpResponse.json({ mode: 'live' })));
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());
beforeEach(() => localStorage.clear());

describe('colour theme toggle', () => {
  it('follows the system by default', async () => {
    await renderRoute('/');
    expect(screen.getByRole('button', { name: 'Theme: System' })).toBeVisible();
  });

  it('remembers the chosen mode across visits', async () => {
    const first = await renderRoute('/');
    await first.user.click(screen.getByRole('button', { name: 'Theme: System' }));
    // The menu is loaded with its first opening.
    const menu = await screen.findByRole('menu');
    expect(within(menu).getByRole('menuitemradio', { name: 'System' })).toHaveAttribute('aria-checked', 'true');
    await first.user.click(within(menu).getByRole('menuitemradio', { name: 'Dark' }));

    expect(screen.getByRole('button', { name: 'Theme: Dark' })).toBeVisible();
    expect(localStorage.getItem(COLOR_MODE_STORAGE_KEY)).toBe('dark');
    first.unmount();

    // A new visit reads the stored choice.
    const second = await renderRoute('/');
    await second.user.click(screen.getByRole('button', { name: 'Theme: Dark' }));
    expect(await screen.findByRole('menuitemradio', { name: 'Dark' })).toHaveAttribute('aria-checked', 'true');
  });
});
