import { fireEvent, screen, waitFor } from '@testing-library/react';
import { renderRoute } from '../../test/render';
import { setupHealthSimServer } from './test-server';

const sim = setupHealthSimServer();
const servicesCalls = () => sim.requests.filter((r) => r.startsWith('GET /api/ovoc/v1/topology/services')).length;

afterEach(() => {
  vi.useRealTimers();
});

it('refetches every 60 s, picks up a status change, and stops when Auto-refresh is switched off', { timeout: 60_000 }, async () => {
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

  fireEvent.click(screen.getByRole('switch', { name: 'Auto-refresh' }));
  expect(screen.getByRole('switch', { name: 'Auto-refresh' })).not.toBeChecked();
  await vi.advanceTimersByTimeAsync(180_000);
  expect(servicesCalls()).toBe(2);
});
