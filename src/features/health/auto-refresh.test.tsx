import { fireEvent, screen, waitFor } from '@testing-library/react';
import { renderRoute } from '../../test/render';
import { setupHealthSimServer } from '../../test/health-sim';

const sim = setupHealthSimServer();
const servicesCalls = () => sim.requests.filter((r) => r === 'GET /api/console/health').length;

afterEach(() => {
  vi.useRealTimers();
});

// jsdom has no EventSource, so this is the page without a live stream: it polls once a minute.
it('without a live stream refetches every 60 s, picks up a status change, and stops when Live is paused', async () => {
  // Timers are fake but still run with real time, so msw and react-query's own scheduling proceed.
  vi.useFakeTimers({ shouldAdvanceTime: true, toFake: ['setInterval', 'clearInterval'] });
  await renderRoute('/health');
  await screen.findByRole('table', { name: 'OVOC services' });
  expect(servicesCalls()).toBe(1);

  sim.store.setOvocServiceStatus(53904, 'ERROR');
  await vi.advanceTimersByTimeAsync(59_000);
  expect(servicesCalls()).toBe(1);
  await vi.advanceTimersByTimeAsync(1_000);
  await waitFor(() => expect(servicesCalls()).toBe(2));
  const row = () => screen.getByRole('button', { name: 'Details of CarlDMDemo' }).closest('tr') as HTMLElement;
  await waitFor(() => expect(row().querySelectorAll('td')[1]).toHaveTextContent('Error'));

  expect(screen.getByText(/reconnecting, checking every minute/)).toBeVisible();
  fireEvent.click(screen.getByRole('switch', { name: 'Live' }));
  expect(screen.getByRole('switch', { name: 'Live' })).not.toBeChecked();
  expect(screen.getByText(/paused/)).toBeVisible();
  await vi.advanceTimersByTimeAsync(180_000);
  expect(servicesCalls()).toBe(2);
});
