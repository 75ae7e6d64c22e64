/**
 * Every documented error status reaches the person with its meaning, on every page that can get it:
 * the title the platform sent (or the documented one), the status, and the ErrorTicket to quote.
 * Statuses the feature tests already cover are not repeated here:
 *   list 500 (ServicesPage.states) · details 404, 500 (CustomerErrors) · health 503, 409 on refresh,
 *   customer panel 404 (HealthPage) · wizard 400 with field errors, 409 duplicate, 504 (OnboardingPage).
 */
import { screen, within } from '@testing-library/react';
import { fillExample } from '../onboarding-helpers';
import { ROUTES, type RouteKey } from '../../../simulator/faults';
import { renderRoute } from '../render';
import { DETAILS_EXAMPLE_GUID, startErrorsServer, TICKET } from './errors-server';

const sim = startErrorsServer();

/** The simulator's documented titles (the OVOC pages' list), as the platform sends them. */
const TITLE: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  404: 'Resource not found or belongs to a different tenant',
  409: 'Conflict: tenant ID validation failed',
  500: 'Internal server error or communication error with Live Platform portal',
  503: 'Live Platform portal is not configured',
};

async function failedAlert(route: RouteKey, status: number, url: string): Promise<HTMLElement> {
  sim.store.faults.set(route, { status });
  await renderRoute(url);
  return screen.findByRole('alert');
}

/** Status and ticket, as support needs them; and for a 401, what it means here. */
function expectStatusAndTicket(alert: HTMLElement, status: number) {
  // The server already retried with a fresh token: a 401 that reaches the page is about the console's access.
  if (status === 401) expect(alert).toHaveTextContent("Live Platform refused the console's credentials, even with a freshly obtained token.");
  else expect(alert).not.toHaveTextContent("refused the console's credentials");
  expect(within(alert).getByText(String(status))).toBeVisible();
  expect(within(alert).getByText(TICKET)).toBeVisible();
  expect(within(alert).getByRole('button', { name: 'Copy error ticket' })).toBeVisible();
}

/**
 * The services list and Health read our server's snapshot (/api/console/services, /health), which its
 * mirror takes from the two vendor lists: a vendor error there reaches the person as our answer, in
 * the mirror's words (server/mirror/read-lists.ts). Before the first snapshot: 503 with that reason.
 */
const readFailure = (list: string, status: number) => `${list}: the Live Platform answered ${status}`;

async function firstReadFailed(route: RouteKey, status: number, url: string): Promise<HTMLElement> {
  sim.snapshot.hasSnapshot = false;
  return failedAlert(route, status, url);
}

/** Our server's 503 while it has no snapshot: its status and request id to quote, and Retry. */
function expectNoSnapshotYet(alert: HTMLElement, reason: string) {
  expect(alert).toHaveTextContent('The server answered 503: No snapshot yet');
  expect(within(alert).getByText(reason)).toBeVisible();
  expect(within(alert).getByText('503')).toBeVisible();
  expect(within(alert).getByText(TICKET)).toBeVisible();
  expect(within(alert).getByRole('button', { name: 'Copy request id' })).toBeVisible();
  expect(within(alert).getByRole('button', { name: 'Retry' })).toBeVisible();
}

/** A later read failing: the last snapshot stays on screen, with a warning naming the platform's answer. */
async function staleWarning(route: RouteKey, status: number, url: string, table: string): Promise<HTMLElement> {
  sim.store.faults.set(route, { status });
  await renderRoute(url);
  await screen.findByRole('table', { name: table });
  return screen.getByRole('alert');
}

const STALE_WORDS = (reason: string) => new RegExp(`The Live Platform cannot be read \\(since .+\\): ${reason}\\. Showing what it said when last read`);

describe('services list (GET /api/v3/customer, read by the server)', () => {
  it.each([400, 401, 404, 409, 503])('%i on the first read: "Couldn\'t load the services", our 503 with the platform\'s status as the reason, request id and Retry', async (status) => {
    const alert = await firstReadFailed(ROUTES.listCustomers, status, '/');
    expect(within(alert).getByText("Couldn't load the services")).toBeVisible();
    expectNoSnapshotYet(alert, readFailure('customers list', status));
    // Our 503 is not the platform's 401: no claim about the console's credentials is made from it.
    expect(alert).not.toHaveTextContent("refused the console's credentials");
  });

  it.each([400, 401, 404, 409, 503])('%i on a later read: the last list stays, with a warning naming the platform\'s answer', async (status) => {
    const warning = await staleWarning(ROUTES.listCustomers, status, '/', 'Customers');
    expect(warning).toHaveTextContent(STALE_WORDS(readFailure('customers list', status)));
    const rows = within(screen.getByRole('table', { name: 'Customers' })).getAllByRole('row');
    expect(rows.length - 1).toBe(sim.store.listCustomers().length);
  });
});

describe('customer details (GET /api/v3/customer/{guid}?allDetails=true)', () => {
  it.each([400, 401, 409, 503])('%i: shows the platform\'s title, status and ticket, and Retry', async (status) => {
    const alert = await failedAlert(ROUTES.customerDetails, status, `/customers/${DETAILS_EXAMPLE_GUID}`);
    expect(within(alert).getByText(TITLE[status] ?? '')).toBeVisible();
    expectStatusAndTicket(alert, status);
    expect(within(alert).getByRole('button', { name: 'Retry' })).toBeVisible();
    expect(screen.getByText(DETAILS_EXAMPLE_GUID)).toBeVisible();
  });
});

describe('health (GET /api/ovoc/v1/topology/services/, read by the server)', () => {
  it.each([400, 401, 404, 500])('%i on the first read: our 503 with the platform\'s status as the reason, not OVOC\'s "portal not configured"', async (status) => {
    const alert = await firstReadFailed(ROUTES.ovocServices, status, '/health');
    expect(within(alert).getByText("Couldn't load the services")).toBeVisible();
    expectNoSnapshotYet(alert, readFailure('OVOC services list', status));
    // OVOC's documented 503 ("portal is not configured, retrying will not help") is not what our 503 means.
    expect(alert).not.toHaveTextContent('Live Platform portal is not configured');
    expect(alert).not.toHaveTextContent('retrying will not help');
  });

  it.each([400, 401, 404, 500])('%i on a later read: the last services stay, with a warning naming the platform\'s answer', async (status) => {
    const warning = await staleWarning(ROUTES.ovocServices, status, '/health', 'OVOC services');
    expect(warning).toHaveTextContent(STALE_WORDS(readFailure('OVOC services list', status)));
    const toggles = within(screen.getByRole('table', { name: 'OVOC services' })).getAllByRole('button', { name: /^Details of / });
    expect(toggles).toHaveLength(sim.store.listOvocServices().length);
  });
});

describe('health, OVOC customer panel (PUT /api/ovoc/v1/topology/customers/{id})', () => {
  it.each([
    [400, 'Live Platform rejected the request', 'found the request for this OVOC customer malformed'],
    [409, 'Tenant validation failed', 'could not validate the tenant id for this OVOC customer'],
    [500, 'Live Platform error', 'while reading this OVOC customer'],
    [503, 'Live Platform portal is not configured', 'retrying will not help until then'],
  ])('%i: "%s" inside the panel, with its meaning, status and ticket', async (status, title, meaning) => {
    sim.store.faults.set(ROUTES.ovocCustomer, { status });
    await renderRoute('/health?customer=79192');
    const panel = await screen.findByRole('dialog');
    const alert = await within(panel).findByRole('alert');
    expect(within(alert).getByText(title)).toBeVisible();
    expect(alert).toHaveTextContent(meaning);
    expectStatusAndTicket(alert, status);
  });
});

describe('onboarding wizard submit (POST /api/v2/customer)', () => {
  it.each([400, 401, 404, 500, 503])('%i: "The customer was not created", with the platform\'s reason, status and ticket; one POST', async (status) => {
    sim.store.faults.set(ROUTES.createCustomer, { status, times: 1 });
    const { user } = await renderRoute('/customers/new');
    await fillExample(user);
    await user.click(screen.getByRole('button', { name: 'Create customer' }));
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('The customer was not created')).toBeVisible();
    expect(alert).toHaveTextContent(`The server answered ${status}: ${TITLE[status]}`);
    expectStatusAndTicket(alert, status);
    expect(sim.requests.filter((r) => r === 'POST /api/v2/customer')).toHaveLength(1);
  });
});

describe('customer details, delete (DELETE /api/v2/customer/{guid})', () => {
  it.each([400, 401, 409, 503])('%i: explained in the dialog with the ticket; the DELETE is not offered again', async (status) => {
    sim.store.faults.set(ROUTES.deleteCustomer, { status, times: 1 });
    const { user } = await renderRoute(`/customers/${DETAILS_EXAMPLE_GUID}`);
    await user.click(await screen.findByRole('button', { name: 'Delete service' }));
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByLabelText('Type BradOCDev1 to confirm'), 'BradOCDev1');
    await user.click(within(dialog).getByRole('button', { name: 'Delete service' }));
    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent(`${TITLE[status]}. The server answered ${status}: ${TITLE[status]}`);
    expect(within(alert).getByText(TICKET)).toBeVisible();
    if (status === 401) expect(alert).toHaveTextContent("Live Platform refused the console's credentials");
    expect(within(dialog).queryByRole('button', { name: 'Delete service' })).toBeNull();
    expect(within(dialog).getByRole('button', { name: 'Back to services' })).toBeVisible();
    expect(sim.requests.filter((r) => r.startsWith('DELETE '))).toHaveLength(1);
  });
});
