import { http, HttpResponse } from 'msw';
import { act, screen, waitFor, within } from '@testing-library/react';
import { customerQueries, snapshotKeys } from '../../api/queries';
import type { ConsoleServices } from '../../api/schemas';
import exampleBody from '../../../simulator/fixtures/ump-create-request.json';
import { ROUTES } from '../../../simulator/faults';
import { consoleHandlers, createSnapshotState, servicesAnswer } from '../../test/console-snapshot';
import { createTestQueryClient, renderRoute } from '../../test/render';
import { DRAFT_STORAGE_KEY } from './form/draft-storage';
import { EXAMPLE, field, fill, fillCustomer, fillExample, next, startSim } from '../../test/onboarding-helpers';

// Re-checks after an unknown outcome without the production pauses.
vi.mock('./recheck-schedule', () => ({ RECHECK_DELAYS_MS: [20, 20] }));

const sim = startSim();

describe('new Essentials customer wizard', () => {
  // The whole wizard, the task to its end and the list after: longer than one page's test.
  it('posts exactly the documented body and shows the result', async () => {
    // Our server's snapshot over the simulator's store, and the list as the services page left it.
    const snapshot = createSnapshotState(new Date('2026-11-01T00:00:00Z'));
    sim.server.use(
      ...consoleHandlers({ customers: () => sim.store.listCustomers(), services: () => ({ services: sim.store.listOvocServices() }), state: () => snapshot }),
    );
    const queryClient = createTestQueryClient();
    queryClient.setQueryData<ConsoleServices>(snapshotKeys.services(), servicesAnswer(sim.store.listCustomers(), sim.store.listOvocServices(), snapshot));
    const { user, router } = await renderRoute('/customers/new', { queryClient });
    await fillExample(user);

    const review = screen.getByRole('region', { name: 'SIP connection' });
    expect(within(review).getByText('10007')).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Create customer' }));

    expect(await screen.findByText('Customer SaraTest1 created')).toBeVisible();
    expect(sim.posts().map((p) => p.body)).toEqual([exampleBody]);
    expect(screen.getByText('Deployed')).toBeVisible();
    const timeline = screen.getByRole('list', { name: 'Deployment progress' });
    expect(within(timeline).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'InformationMsTenantid is valid',
      'InformationCustomer data created!',
      'InformationSBC sbc-onboarding done for site SaraTest1.',
      'InformationCreateSiteInOvoc started.',
      'InformationSite created in Ovoc',
    ]);
    const created = sim.store.findByShortName('SaraTest1', EXAMPLE.msTenantId);
    expect(created).toBeDefined();
    expect(screen.getByRole('link', { name: 'Open SaraTest1' })).toHaveAttribute('href', `/customers/${created?.umpCustomerGuid}`);
    // The wizard's own name check reads the refreshed list: the new name counts as taken at once.
    await waitFor(() => expect(queryClient.getQueryData(customerQueries.list().queryKey)?.rows.map((s) => s.customerShortName)).toContain('SaraTest1'));
    // The task is followed until it completes.
    expect(await screen.findByText('Completed successfully')).toBeVisible();
    expect(sessionStorage.getItem(DRAFT_STORAGE_KEY)).toBeNull();

    // The services page shows the new customer without a reload: the cached snapshot was let go.
    await act(() => router.navigate({ to: '/', search: { q: 'SaraTest1' } }));
    await waitFor(() => expect(within(screen.getByRole('table', { name: 'Customers' })).getByRole('link', { name: 'SaraTest1' })).toBeVisible());
  });

  it('refuses Next with the errors next to their fields and focus on the first one', async () => {
    const { user } = await renderRoute('/customers/new');
    await screen.findByRole('heading', { level: 2, name: 'Customer' });
    await fill(user, 'Short name', 'a.b');
    await next(user);
    const shortName = field('Short name');
    await waitFor(() => expect(shortName).toHaveFocus());
    expect(shortName).toHaveAccessibleDescription('Short name cannot contain a dot (.)');
    expect(field('Microsoft tenant id')).toHaveAccessibleDescription('Enter the Microsoft tenant id');
    expect(screen.getByText('Choose the OVOC customer type')).toBeVisible();
    expect(screen.getByRole('heading', { level: 2, name: 'Customer' })).toBeVisible();
    expect(sim.posts()).toEqual([]);
  });

  it('refuses a short name already used in the same tenant while typing', async () => {
    const { user } = await renderRoute('/customers/new');
    await fillCustomer(user, { shortName: 'bbessentials', msTenantId: '7e24d47c-eb72-439a-84e4-aea1bdb1eed9' });
    expect(await screen.findByText('A customer named "bbessentials" already exists in this Microsoft tenant')).toBeVisible();
  });

  it('maps a server validation error back to its field and step', async () => {
    sim.server.use(
      http.post('*/api/v2/customer', () =>
        HttpResponse.json(
          { title: 'One or more validation errors occurred.', status: 400, errors: { 'SiteLocation.SbcId': ['SBC 5 is not in the SBC list'] } },
          { status: 400 },
        ),
      ),
    );
    const { user } = await renderRoute('/customers/new');
    await fillExample(user);
    await user.click(screen.getByRole('button', { name: 'Create customer' }));

    expect(await screen.findByRole('heading', { level: 2, name: 'SIP connection' })).toBeVisible();
    const sbcId = field('SBC');
    expect(sbcId).toHaveAccessibleDescription('SBC 5 is not in the SBC list');
    await waitFor(() => expect(sbcId).toHaveFocus());
  });

  it('shows a 409 duplicate on the short name field', async () => {
    const { user } = await renderRoute('/customers/new');
    await fillExample(user);
    // Someone else creates the same name after our list was loaded.
    sim.store.createEssentialsCustomer({ ...exampleBody, ovocCustomerType: 'IPGROUP_TYPE' });
    await user.click(screen.getByRole('button', { name: 'Create customer' }));

    expect(await screen.findByRole('heading', { level: 2, name: 'Customer' })).toBeVisible();
    expect(field('Short name')).toHaveAccessibleDescription(/A customer named "SaraTest1" already exists in this Microsoft tenant/);
    expect(sim.posts()).toHaveLength(1);
  });

  it('after a gateway timeout, finds the customer that was created and does not offer to send again', async () => {
    // The platform does the work but its answer is lost on the way (our server answers 504).
    sim.server.use(
      http.post('*/api/v2/customer', async ({ request }) => {
        sim.store.createEssentialsCustomer({ ...exampleBody, ...((await request.json()) as object), ovocCustomerType: 'IPGROUP_TYPE' });
        return HttpResponse.json({ title: 'Gateway Timeout', status: 504 }, { status: 504 });
      }),
    );
    const { user } = await renderRoute('/customers/new');
    await fillExample(user);
    await user.click(screen.getByRole('button', { name: 'Create customer' }));

    expect(await screen.findByText('A customer named SaraTest1 now exists: it was created')).toBeVisible();
    const guid = sim.store.findByShortName('SaraTest1', EXAMPLE.msTenantId)?.umpCustomerGuid;
    expect(screen.getByRole('link', { name: 'Open SaraTest1' })).toHaveAttribute('href', `/customers/${guid}`);
    expect(screen.queryByRole('button', { name: 'Create customer' })).toBeNull();
    expect(sim.posts()).toHaveLength(1);
  });

  it('keeps re-checking for a while: finds a customer the platform finishes after the timeout', async () => {
    sim.server.use(
      http.post('*/api/v2/customer', () => {
        // Still working when our server gives up; done a moment later.
        setTimeout(() => sim.store.createEssentialsCustomer({ ...exampleBody, ovocCustomerType: 'IPGROUP_TYPE' }), 30);
        return HttpResponse.json({ title: 'Gateway Timeout', status: 504 }, { status: 504 });
      }),
    );
    const { user } = await renderRoute('/customers/new');
    await fillExample(user);
    await user.click(screen.getByRole('button', { name: 'Create customer' }));
    expect(await screen.findByText('A customer named SaraTest1 now exists: it was created')).toBeVisible();
    expect(sim.posts()).toHaveLength(1);
  });

  it('after a dropped connection that created nothing, says it is safe to submit again', async () => {
    sim.store.faults.set(ROUTES.createCustomer, { status: 0, times: 1 });
    const { user } = await renderRoute('/customers/new');
    await fillExample(user);
    await user.click(screen.getByRole('button', { name: 'Create customer' }));

    expect(await screen.findByText('No customer named SaraTest1 exists: it is safe to submit again')).toBeVisible();
    // The list was read again after the failure: at once and after each pause.
    const failedAt = sim.requests.findIndex((r) => r.method === 'POST');
    expect(sim.requests.slice(failedAt).filter((r) => r.method === 'GET' && r.path === '/api/v3/customer')).toHaveLength(3);
    await user.click(screen.getByRole('button', { name: 'Create customer' }));
    expect(await screen.findByText('Customer SaraTest1 created')).toBeVisible();
    expect(sim.posts()).toHaveLength(2);
  });

  it('sends one POST for a double click', async () => {
    const { user } = await renderRoute('/customers/new');
    await fillExample(user);
    await user.dblClick(screen.getByRole('button', { name: 'Create customer' }));
    expect(await screen.findByText('Customer SaraTest1 created')).toBeVisible();
    expect(sim.posts()).toHaveLength(1);
  });

  it('sends custom variables numbered in the order shown, and refuses a wide-character password', async () => {
    const { user } = await renderRoute('/customers/new');
    await fillCustomer(user);
    await next(user);
    await fill(user, 'SBC', '5');
    await fill(user, 'Onboarding script', '10007');
    await fill(user, 'Cleanup script', '10700');
    await next(user);
    await user.click(screen.getByRole('button', { name: 'Add custom variable' }));
    await user.paste('10.0.0.1');
    await user.click(screen.getByRole('button', { name: 'Add custom variable' }));
    await user.paste('5060');
    await user.click(screen.getByRole('button', { name: 'Move CustomVar.Variable2 up' }));
    const password = field('Carrier password');
    await fill(user, 'Carrier password', 'pässword');
    expect(password).toHaveAttribute('type', 'password');
    await user.click(screen.getByRole('button', { name: 'Show password' }));
    expect(password).toHaveAttribute('type', 'text');
    await next(user);
    expect(password).toHaveFocus();
    expect(password).toHaveAccessibleDescription(/can only use printable ASCII characters/);
    await fill(user, 'Carrier password', 'S3cret!');
    await next(user);

    const json = JSON.parse(screen.getByLabelText('Request body').textContent ?? '') as { scriptParameters: object };
    expect(json.scriptParameters).toEqual({
      CarrierUserPassword: '••••••••',
      'CustomVar.Variable1': '5060',
      'CustomVar.Variable2': '10.0.0.1',
    });
    await user.click(screen.getByRole('button', { name: 'Create customer' }));
    expect(await screen.findByText('Customer SaraTest1 created')).toBeVisible();
    expect(sim.posts()[0]?.body).toMatchObject({
      scriptParameters: { CarrierUserPassword: 'S3cret!', 'CustomVar.Variable1': '5060', 'CustomVar.Variable2': '10.0.0.1' },
    });
  });

  it('keeps the draft across a reload, but not the password', async () => {
    const first = await renderRoute('/customers/new');
    await fillCustomer(first.user);
    await next(first.user);
    await fill(first.user, 'SBC', '5');
    await fill(first.user, 'Onboarding script', '10007');
    await fill(first.user, 'Cleanup script', '10700');
    await next(first.user);
    await fill(first.user, 'Carrier password', 'S3cret!');
    await waitFor(() => expect(sessionStorage.getItem(DRAFT_STORAGE_KEY)).toContain('"hadPassword":true'));
    expect(sessionStorage.getItem(DRAFT_STORAGE_KEY)).not.toContain('S3cret!');
    first.unmount();

    const second = await renderRoute('/customers/new');
    expect(await screen.findByRole('heading', { level: 2, name: 'Script parameters' })).toBeVisible();
    expect(screen.getByText('Your draft from earlier in this tab was restored.')).toBeVisible();
    expect(field('Carrier password')).toHaveValue('');
    expect(screen.getByText(/The carrier password is never saved/)).toBeVisible();
    expect(screen.getByRole('tab', { name: 'SIP connection, complete' })).toBeVisible();
    await second.user.click(screen.getByRole('tab', { name: 'Customer, complete' }));
    expect(field('Short name')).toHaveValue('SaraTest1');
    expect(screen.getByRole('radio', { name: /IP Group/ })).toBeChecked();
  });

  it('discards a broken draft without breaking the page', async () => {
    sessionStorage.setItem(DRAFT_STORAGE_KEY, '{"version":1,"step":"two"');
    await renderRoute('/customers/new');
    expect(await screen.findByRole('heading', { level: 2, name: 'Customer' })).toBeVisible();
    expect(field('Short name')).toHaveValue('');
    expect(sessionStorage.getItem(DRAFT_STORAGE_KEY)).toBeNull();
  });

  it('asks before leaving with something typed', async () => {
    const { user, router } = await renderRoute('/customers/new');
    await screen.findByRole('heading', { level: 2, name: 'Customer' });
    await fill(user, 'Short name', 'Contoso1');
    await user.click(screen.getByRole('link', { name: 'Services' }));
    const dialog = await screen.findByRole('dialog', { name: 'Leave the new customer?' });
    await user.click(within(dialog).getByRole('button', { name: 'Stay' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(router.state.location.pathname).toBe('/customers/new');
    expect(field('Short name')).toHaveValue('Contoso1');
    await user.click(screen.getByRole('link', { name: 'Services' }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Leave' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/'));
  });
});
