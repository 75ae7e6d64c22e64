import { screen, within } from '@testing-library/react';
import { ROUTES } from '../../../simulator/faults';
import { createQueryClient } from '../../app/query-client';
import { renderRoute } from '../../test/render';
import { DETAILS_EXAMPLE_GUID, startSimServer } from '../../test/customer-sim';

const sim = startSimServer();

describe('customer page errors', () => {
  it('shows the documented 500 title and a copyable error ticket, and Retry loads the customer', async () => {
    sim.store.faults.set(ROUTES.customerDetails, { status: 500, times: 1 });
    const { user } = await renderRoute(`/customers/${DETAILS_EXAMPLE_GUID}`);

    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('Failed to retrieve customer information')).toBeVisible();
    expect(within(alert).getByText(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/)).toBeVisible();
    expect(within(alert).getByRole('button', { name: 'Copy error ticket' })).toBeVisible();

    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'BradOCDev1' })).toBeVisible();
    expect(sim.requests.filter((r) => r.startsWith('GET /api/v3/customer/'))).toHaveLength(2);
  });

  it('does not retry a 500 that carries a ticket, even where the app retries server errors', async () => {
    sim.store.faults.set(ROUTES.customerDetails, { status: 500, times: 1 });
    await renderRoute(`/customers/${DETAILS_EXAMPLE_GUID}`, { queryClient: createQueryClient() });
    expect(await screen.findByText('Failed to retrieve customer information')).toBeVisible();
    expect(sim.requests.filter((r) => r.startsWith('GET /api/v3/customer/'))).toHaveLength(1);
  });

  it('explains an unknown GUID as "No such customer" with a way back', async () => {
    await renderRoute('/customers/00000000-0000-4000-8000-000000000000');
    expect(await screen.findByRole('heading', { level: 1, name: 'No such customer' })).toBeVisible();
    expect(screen.getByText('00000000-0000-4000-8000-000000000000')).toBeVisible();
    expect(screen.getByRole('link', { name: 'Go to services' })).toHaveAttribute('href', '/');
    expect(screen.getByRole('link', { name: 'Back to services' })).toHaveAttribute('href', '/');
  });

  it('says so when the server cannot be reached', async () => {
    sim.store.faults.set(ROUTES.customerDetails, { status: 0, times: 1 });
    await renderRoute(`/customers/${DETAILS_EXAMPLE_GUID}`);
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText("Can't reach the server")).toBeVisible();
    expect(within(alert).getByRole('button', { name: 'Retry' })).toBeVisible();
  });

  it('shows a loading skeleton until the customer arrives', async () => {
    sim.store.faults.set(ROUTES.customerDetails, { delayMs: 300, times: 1 });
    await renderRoute(`/customers/${DETAILS_EXAMPLE_GUID}`);
    expect(screen.getByRole('status')).toHaveTextContent('Loading customer…');
    expect(await screen.findByRole('heading', { level: 1, name: 'BradOCDev1' })).toBeVisible();
  });
});
