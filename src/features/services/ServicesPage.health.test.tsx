import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { ROUTES } from '../../../simulator/faults';
import { renderRoute } from '../../test/render';
import { bodyRows, columnTexts, findTable, licenseSelect, rowOf, shortNames } from './test/page';
import { startServicesSim } from './test/server';

const sim = startServicesSim();

/** Health is the eighth column (after the user counts, before the ids). */
const HEALTH = 7;
const healthTexts = () => columnTexts(HEALTH);
const healthCell = (shortName: string) => within(rowOf(shortName)).getAllByRole('cell')[HEALTH] as HTMLElement;
const healthSelect = () => screen.getByRole('combobox', { name: /^Health/ });
const healthHeader = () => screen.getByRole('columnheader', { name: /^Health/ });
const summary = () => screen.getByRole('region', { name: 'Summary' });
const optionLabels = () => within(screen.getByRole('listbox')).getAllByRole('option').map((option) => option.getAttribute('aria-label'));
const href = (router: { state: { location: { href: string } } }) => decodeURIComponent(router.state.location.href);
/** Waits until OVOC health is in (the filter turns on). */
const healthLoaded = () => waitFor(() => expect(healthSelect()).not.toHaveAttribute('aria-disabled'));

describe('services list: OVOC health', () => {
  it('shows the rows without waiting for OVOC, then each status as icon and text, linked to Health', async () => {
    sim.store.faults.set(ROUTES.ovocServices, { delayMs: 400, times: 1 });
    await renderRoute('/');
    await findTable();
    expect(bodyRows()).toHaveLength(35);
    expect(healthCell('BBOC2')).toHaveTextContent('Loading…');
    expect(screen.queryByText('No OVOC service')).toBeNull();
    expect(healthHeader()).toHaveAttribute('aria-busy', 'true');
    expect(within(summary()).getByText('loading…')).toBeVisible();

    const link = await within(rowOf('BBOC2')).findByRole('link', { name: 'Error' });
    expect(link).toHaveAttribute('href', '/health?q=BBOC2');
    expect(link.querySelector('svg')).toHaveAttribute('data-severity', 'error');
    expect(healthHeader()).not.toHaveAttribute('aria-busy');
    expect(within(rowOf('BradOC')).getByRole('link', { name: 'OK' })).toBeVisible();
    expect(within(rowOf('AudioCodesUS')).getByRole('link', { name: 'Unmonitored' })).toBeVisible();
    // royDY's service did not report its GUID: found by short name, and the cell says so.
    const byName = within(rowOf('royDY')).getByRole('link', { name: 'Error, matched by name' });
    expect(within(byName).getByText('by name')).toHaveAttribute('title', expect.stringMatching(/^Matched by name/));
    expect(within(summary()).getByText('6 in Error, 10 in Warning')).toBeVisible();
  });

  it('filters by health with counts under the other filters, kept in the URL', async () => {
    const { user, router } = await renderRoute('/');
    await findTable();
    await healthLoaded();
    await user.click(healthSelect());
    await screen.findByRole('listbox', {}, { timeout: 5000 }); // the Select is loaded on first use
    expect(optionLabels()).toEqual(['Error (6)', 'Warning (10)', 'Unmonitored (4)', 'OK (15)', 'No OVOC service (0)']);
    await user.click(screen.getByRole('option', { name: 'Error (6)' }));
    await user.keyboard('{Escape}');

    expect(shortNames()).toEqual(['royDY', 'bahir', 'BB175Pro', 'AlbertodemoDR', 'BBOC2', 'ActiveComsOC']);
    expect(new Set(healthTexts())).toEqual(new Set(['Error', 'Errorby name']));
    expect(screen.getByText('6 of 35 customers')).toBeVisible();
    expect(within(summary()).getByText('6 in Error, 0 in Warning')).toBeVisible();
    expect(href(router)).toBe('/?health=ERROR');

    // License counts are taken under the health filter...
    await user.click(licenseSelect());
    await screen.findByRole('listbox', {}, { timeout: 5000 }); // the Select is loaded on first use
    expect(screen.getByRole('option', { name: 'Hosted Essentials (2)' })).toBeInTheDocument();
    expect(screen.getByRole('option', { name: 'OC Essentials (2)' })).toBeInTheDocument();
    await user.keyboard('{Escape}');
    // ...and health counts under the license filter.
    await user.click(screen.getByRole('button', { name: /^Operator Connect/ }));
    expect(shortNames()).toEqual(['BBOC2', 'ActiveComsOC']);
    await user.click(healthSelect());
    await screen.findByRole('listbox', {}, { timeout: 5000 }); // the Select is loaded on first use
    expect(optionLabels()).toEqual(['Error (2)', 'Warning (2)', 'Unmonitored (1)', 'OK (3)', 'No OVOC service (0)']);
    await user.click(screen.getByRole('option', { name: 'Warning (2)' }));
    await user.keyboard('{Escape}');
    expect(shortNames()).toEqual(['royoca', 'BBOC2', 'BBOC745', 'ActiveComsOC']);
    expect(href(router)).toContain('health=ERROR,WARNING');

    await user.click(screen.getByRole('button', { name: 'Clear all' }));
    expect(bodyRows()).toHaveLength(35);
    expect(href(router)).toBe('/');
  });

  it('sorts by health, most urgent first, and back', async () => {
    const { user, router } = await renderRoute('/');
    await findTable();
    await healthLoaded();
    await user.click(within(healthHeader()).getByRole('button', { name: 'Health' }));
    expect(healthHeader()).toHaveAttribute('aria-sort', 'ascending');
    const order = healthTexts().map((text) => text.replace('by name', ''));
    expect(order).toEqual([...Array(6).fill('Error'), ...Array(10).fill('Warning'), ...Array(4).fill('Unmonitored'), ...Array(15).fill('OK')]);
    expect(href(router)).toBe('/?sort=health');
    await user.click(within(healthHeader()).getByRole('button', { name: 'Health' }));
    expect(healthTexts()[0]).toBe('OK');
  });

  it('shows no OVOC service, several services (worst, with a count) and unknown words as they came', async () => {
    const services = sim.store.listOvocServices();
    const bboc2 = services.find((service) => service.name === 'BBOC2');
    const changed = services
      .filter((service) => service.name !== 'royDY')
      .map((service) => (service.name === 'bahir' ? { ...service, status: 'DEGRADED' } : service))
      .concat(bboc2 ? [{ ...bboc2, id: 999_001, status: 'WARNING' }] : []);
    sim.use(http.get('*/api/ovoc/v1/topology/services/', () => HttpResponse.json({ services: changed })));
    const { user } = await renderRoute('/');
    await findTable();
    await healthLoaded();

    expect(healthCell('royDY')).toHaveTextContent('No OVOC service');
    expect(within(healthCell('royDY')).queryByRole('link')).toBeNull();
    expect(within(rowOf('BBOC2')).getByRole('link', { name: 'Error, worst of 2 OVOC services' })).toHaveTextContent('Error×2');
    expect(within(rowOf('bahir')).getByRole('link', { name: 'DEGRADED' })).toBeVisible();

    await user.click(healthSelect());
    await screen.findByRole('listbox', {}, { timeout: 5000 }); // the Select is loaded on first use
    expect(optionLabels()).toEqual(['Error (4)', 'Warning (10)', 'Unmonitored (4)', 'DEGRADED (1)', 'OK (15)', 'No OVOC service (1)']);
    await user.click(screen.getByRole('option', { name: 'No OVOC service (1)' }));
    await user.keyboard('{Escape}');
    expect(shortNames()).toEqual(['royDY']);
  });

  it('opens the Health page filtered to the service', async () => {
    const { user, router } = await renderRoute('/?q=24124');
    await findTable();
    const link = await within(rowOf('24124')).findByRole('link', { name: 'OK' });
    // A name that reads as a number is written as text, so the Health page searches for the word.
    expect(link).toHaveAttribute('href', '/health?q=%2224124%22');
    await user.click(link);
    await waitFor(() => expect(router.state.location.pathname).toBe('/health'));
    expect(router.state.location.search).toMatchObject({ q: '24124' });
  });

  it('keeps the list working when OVOC is not configured (503), and says why', async () => {
    sim.store.faults.set(ROUTES.ovocServices, { status: 503 });
    await renderRoute('/?health=ERROR');
    const notice = await screen.findByText(/OVOC health is unavailable: Live Platform portal is not configured/);
    await findTable();
    // The Health filter cannot be applied: every customer is shown, and the note says so.
    expect(bodyRows()).toHaveLength(35);
    const note = notice.closest('[role="status"]') as HTMLElement;
    expect(note).toHaveTextContent(/The Live Platform portal is not configured on this Live Platform instance/);
    expect(note).toHaveTextContent(/The Health filter is not applied/);
    expect(within(note).queryByRole('button', { name: 'Retry' })).toBeNull();
    expect(new Set(healthTexts())).toEqual(new Set(['Unavailable']));
    expect(screen.queryByText('No OVOC service')).toBeNull();
    expect(within(healthHeader()).getByRole('img', { name: /^OVOC health unavailable: Live Platform portal is not configured/ })).toBeVisible();
    expect(healthSelect()).toHaveAttribute('aria-disabled', 'true');
    expect(within(summary()).getByText('unavailable')).toBeVisible();
  });

  it('offers Retry for a transient OVOC failure (500) and fills the column when it works', async () => {
    sim.store.faults.set(ROUTES.ovocServices, { status: 500, times: 1 });
    const { user } = await renderRoute('/');
    const notice = (await screen.findByText(/OVOC health is unavailable: Live Platform error/)).closest('[role="status"]') as HTMLElement;
    expect(bodyRows()).toHaveLength(35);
    await user.click(within(notice).getByRole('button', { name: 'Retry' }));
    expect(await within(rowOf('BBOC2')).findByRole('link', { name: 'Error' })).toBeVisible();
    expect(screen.queryByText(/OVOC health is unavailable/)).toBeNull();
  });

  it('waits for OVOC before showing a health-filtered list, instead of showing every row first', async () => {
    sim.store.faults.set(ROUTES.ovocServices, { delayMs: 400, times: 1 });
    await renderRoute('/?health=UNMONITORED');
    expect(await screen.findByText('Loading OVOC health to apply the Health filter…')).toBeInTheDocument();
    expect(screen.queryByRole('table', { name: 'Customers' })).toBeNull();
    await findTable();
    expect(shortNames()).toEqual(['royDRw', 'BB84EssPlus', 'roywsba', 'AudioCodesUS']);
  });
});
