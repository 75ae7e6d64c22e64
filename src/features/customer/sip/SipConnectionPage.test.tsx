import { screen, waitFor, within } from '@testing-library/react';
import { ROUTES } from '../../../../simulator/faults';
import { EXAMPLE_SITE_ID } from '../../../../simulator/sites';
import { renderRoute } from '../../../test/render';
import { DETAILS_EXAMPLE_GUID, startSimServer } from '../../../test/customer-sim';

const sim = startSimServer();
const SITE_URL = `/customers/${DETAILS_EXAMPLE_GUID}/sip/${EXAMPLE_SITE_ID}`;

function factValue(label: string, container: HTMLElement = document.body): HTMLElement {
  const term = within(container).getByText(label, { selector: 'dt' });
  if (!(term.nextElementSibling instanceof HTMLElement)) throw new Error(`no value for ${label}`);
  return term.nextElementSibling;
}

const region = (name: string) => screen.getByRole('region', { name });

describe('SIP connection page', () => {
  it('opens from the customer page’s SIP connections table', async () => {
    const { user, router } = await renderRoute(`/customers/${DETAILS_EXAMPLE_GUID}`);
    const table = await screen.findByRole('table', { name: 'SIP connections' });
    await user.click(within(table).getByRole('link', { name: 'GSDBFWQOQNKSC' }));
    // The page's chunk loads on first use: wait for what the person sees, however long the import takes.
    expect(await screen.findByRole('heading', { level: 1, name: 'DR94Site2' })).toBeVisible();
    expect(router.state.location.pathname).toBe(SITE_URL);
    expect(await screen.findByText('SIP connection of BradOCDev1')).toBeVisible();
  });

  it('shows everything about the connection from a pasted link; the password only as "set"', async () => {
    await renderRoute(SITE_URL);
    await screen.findByRole('heading', { level: 1, name: 'DR94Site2' });
    const connection = region('Connection');
    expect(factValue('Online PSTN gateway', connection)).toHaveTextContent('DR94Site2.sandbox2.audiocodes.be');
    expect(factValue('SBC ID', connection)).toHaveTextContent('8');
    expect(factValue('CAC profile', connection)).toHaveTextContent('10 sessions');
    // The integer state is shown as it came, never translated by guess.
    expect(factValue('SBC deployment', connection)).toHaveTextContent('3(a code Live Platform does not document)');
    expect(factValue('Microsoft 365 deployment', connection)).toHaveTextContent('—');
    expect(factValue('Configuration type', connection)).toHaveTextContent('0');
    expect(factValue('Configure the SBC', connection)).toHaveTextContent('Yes');
    const carrier = region('Carrier');
    expect(factValue('Carrier ID', carrier)).toHaveTextContent('SIPTrunk');
    expect(factValue('User name', carrier)).toHaveTextContent('Site2Carrier');
    expect(factValue('Main line', carrier)).toHaveTextContent('—');

    const scripts = region('SBC scripts');
    await waitFor(() => expect(factValue('Onboarding script', scripts)).toHaveTextContent('sbc-scenario7 (ID 7)'));
    expect(factValue('Cleanup script', scripts)).toHaveTextContent('sbc-scenario7Cleanup (ID 700)');
    const variables = within(scripts).getByRole('table', { name: 'SBC scripts: customer variables' });
    expect(within(variables).getByRole('row', { name: 'CarrierUserPassword set' })).toBeVisible();
    expect(within(variables).getByRole('row', { name: 'CustomVar.Variable1 variable4' })).toBeVisible();
    expect(document.body.textContent).not.toContain('Site2#%00500');

    expect(factValue('Configure Microsoft 365 routing', region('Microsoft 365'))).toHaveTextContent('No');
    expect(within(region('Pending tasks')).getByText('No pending tasks.')).toBeVisible();
  });

  it('shows the dial plan read only, searchable, and switches plans', async () => {
    const { user, router } = await renderRoute(SITE_URL);
    const dialPlan = await screen.findByRole('region', { name: 'Dial plan' });
    const table = await within(dialPlan).findByRole('table', { name: 'Dial plan rules' });
    const all = within(table).getAllByRole('row').length - 1;
    expect(all).toBeGreaterThan(1);
    expect(within(table).getByRole('row', { name: 'GSBFZUBGHWOFI +97239753000 sandbox1.audiocodes.be' })).toBeVisible();
    await user.type(within(dialPlan).getByRole('searchbox', { name: 'Search rules' }), '+97239753000');
    await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(2));
    expect(within(dialPlan).getByRole('status')).toHaveTextContent(`1 of ${all} rules match`);

    await user.click(within(dialPlan).getByRole('combobox', { name: 'Plan' }));
    await user.click(await screen.findByRole('option', { name: 'Zoom' }));
    await waitFor(() => expect(router.state.location.search).toEqual({ plan: 'Zoom' }));
    await waitFor(() => expect(sim.requests).toContain(`GET /api/v2/customer/${DETAILS_EXAMPLE_GUID}/sitelocation/${EXAMPLE_SITE_ID}/dialplan/Zoom`));
  });

  it('says when there is no such SIP connection (404)', async () => {
    await renderRoute(`/customers/${DETAILS_EXAMPLE_GUID}/sip/00000000-0000-0000-0000-000000000000`);
    expect(await screen.findByRole('heading', { level: 1, name: 'No such SIP connection' })).toBeVisible();
    expect(screen.getByRole('link', { name: 'Go to the customer' })).toHaveAttribute('href', `/customers/${DETAILS_EXAMPLE_GUID}`);
  });

  it('shows a documented 500 with its ticket and a retry', async () => {
    sim.store.faults.set(ROUTES.siteLocation, { status: 500, times: 1 });
    const { user } = await renderRoute(SITE_URL);
    expect(await screen.findByText(/ErrorTicket|Error ticket/i)).toBeVisible();
    await user.click(screen.getByRole('button', { name: /try again|retry/i }));
    expect(await screen.findByRole('heading', { level: 1, name: 'DR94Site2' })).toBeVisible();
  });

  it('shows the scripts by ID, and says why, when the script templates cannot be read', async () => {
    sim.store.faults.set(ROUTES.scriptTemplates, { status: 503 });
    await renderRoute(SITE_URL);
    const scripts = await screen.findByRole('region', { name: 'SBC scripts' });
    await waitFor(() => expect(factValue('Onboarding script', scripts)).toHaveTextContent('ID 7 (name unavailable)'));
    expect(screen.getByText(/Script names could not be loaded/)).toBeVisible();
  });
});
