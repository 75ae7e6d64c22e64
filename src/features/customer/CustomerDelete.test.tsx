import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { snapshotKeys } from '../../api/queries';
import type { ConsoleServices } from '../../api/schemas/console-snapshot';
import { ROUTES } from '../../../simulator/faults';
import { servicesAnswer } from '../../test/console-snapshot';
import { createTestQueryClient, renderRoute } from '../../test/render';
import { startSimServer } from '../../test/customer-sim';

const sim = startSimServer();

const deletes = () => sim.requests.filter((r) => r.startsWith('DELETE '));

/** A listed customer, with the list already in the cache as the list page would have left it. */
async function openListedCustomer(url?: (guid: string) => string) {
  const customers = sim.store.listCustomers();
  const customer = customers[3];
  if (!customer) throw new Error('store has too few customers');
  const queryClient = createTestQueryClient();
  // The list page reads the server's snapshot (/api/console/services).
  queryClient.setQueryData<ConsoleServices>(snapshotKeys.services(), servicesAnswer(customers, sim.store.listOvocServices(), sim.snapshot));
  const rendered = await renderRoute(url ? url(customer.umpCustomerGuid) : `/customers/${customer.umpCustomerGuid}`, { queryClient });
  return { ...rendered, customer };
}

describe('deleting a service', () => {
  // Ends on the services page, rendered from the refreshed snapshot: more than one page's work.
  it('needs the exact short name, deletes once, updates the list, confirms and returns to the list', async () => {
    const { user, router, queryClient, customer } = await openListedCustomer();
    const name = customer.customerShortName;
    await user.click(await screen.findByRole('button', { name: 'Delete service' }));

    const dialog = await screen.findByRole('dialog', { name: `Delete service ${name}?` });
    const confirm = within(dialog).getByRole('button', { name: 'Delete service' });
    expect(confirm).toBeDisabled();
    const input = within(dialog).getByLabelText(`Type ${name} to confirm`);
    await user.type(input, name.toUpperCase());
    expect(confirm).toBeDisabled();
    await user.clear(input);
    await user.type(input, name);
    expect(confirm).toBeEnabled();

    await user.click(confirm);
    expect(await screen.findByText(`Service ${name} was deleted.`)).toBeVisible();
    await waitFor(() => expect(router.state.location.pathname).toBe('/'));
    expect(deletes()).toEqual([`DELETE /api/v2/customer/${customer.umpCustomerGuid}`]);
    // The list the person returns to is the server's snapshot, without the deleted row.
    await waitFor(() => expect(queryClient.getQueryData<ConsoleServices>(snapshotKeys.services())?.rows).toHaveLength(sim.store.listCustomers().length));
    const rows = queryClient.getQueryData<ConsoleServices>(snapshotKeys.services())?.rows ?? [];
    expect(rows.some((row) => row.umpCustomerGuid === customer.umpCustomerGuid)).toBe(false);
    // The deleted customer is not fetched again on the way out.
    expect(sim.requests.filter((r) => r === `GET /api/v3/customer/${customer.umpCustomerGuid}`)).toHaveLength(1);
  });

  it('sends one DELETE however often the button is pressed while it is pending', async () => {
    const { user, customer } = await openListedCustomer();
    sim.store.faults.set(ROUTES.deleteCustomer, { delayMs: 400, times: 1 });
    await user.click(await screen.findByRole('button', { name: 'Delete service' }));
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByRole('textbox'), customer.customerShortName);
    await user.click(within(dialog).getByRole('button', { name: 'Delete service' }));
    const pending = within(dialog).getByRole('button', { name: 'Deleting…' });
    expect(pending).toBeDisabled();
    // Past the disabled button: a click and a form submit (Enter) must not send a second DELETE.
    fireEvent.click(pending);
    const form = pending.closest('form');
    if (!form) throw new Error('the dialog has no form');
    fireEvent.submit(form);
    expect(await screen.findByText(`Service ${customer.customerShortName} was deleted.`)).toBeVisible();
    expect(deletes()).toHaveLength(1);
  });

  it('explains a 404 in plain words and offers only the way back', async () => {
    const { user, router, customer } = await openListedCustomer();
    await user.click(await screen.findByRole('button', { name: 'Delete service' }));
    sim.store.deleteCustomer(customer.umpCustomerGuid);
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByRole('textbox'), customer.customerShortName);
    await user.click(within(dialog).getByRole('button', { name: 'Delete service' }));

    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('This service no longer exists');
    expect(alert).toHaveTextContent('someone may have deleted it already');
    expect(within(dialog).queryByRole('button', { name: 'Delete service' })).toBeNull();
    await user.click(within(dialog).getByRole('button', { name: 'Back to services' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/'));
    expect(deletes()).toHaveLength(1);
  });

  it('keeps the service when cancelled', async () => {
    const { user } = await openListedCustomer();
    await user.click(await screen.findByRole('button', { name: 'Delete service' }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(deletes()).toHaveLength(0);
  });
});

describe('back to the list', () => {
  it('goes back in history to the list with its filters when the person came from it', async () => {
    const { user, router, customer } = await openListedCustomer(() => '/?q=Plus&sort=-licenseType');
    await router.navigate({ to: '/customers/$guid', params: { guid: customer.umpCustomerGuid } });
    await screen.findByRole('button', { name: 'Delete service' });
    const back = screen.getByRole('link', { name: 'Back to services' });
    expect(back).toHaveAttribute('href', '/?q=Plus&sort=-licenseType');
    await user.click(back);
    await waitFor(() => expect(router.state.location.pathname).toBe('/'));
    expect(router.state.location.search).toMatchObject({ q: 'Plus', sort: '-licenseType' });
    // It was a Back, not a new entry: nothing left to go back to.
    expect(router.history.canGoBack()).toBe(false);
  });

  it('links to the list when the page was opened directly', async () => {
    const { customer } = await openListedCustomer();
    await screen.findByRole('heading', { level: 1, name: customer.customerFullName ?? customer.customerShortName });
    expect(screen.getByRole('link', { name: 'Back to services' })).toHaveAttribute('href', '/');
  });
});
