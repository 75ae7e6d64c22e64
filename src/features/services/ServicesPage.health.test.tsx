import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { servicesAnswer } from '../../test/console-snapshot';
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
  it('shows each status with the rows (joined by the server) as icon and text, linked to Health', async () => {
    const { requests } = sim;
    await renderRoute('/');
    await findTable();
    expect(bodyRows()).toHaveLength(35);
    // One compact answer: neither the customer list nor OVOC's services are downloaded by the browser.
    expect(requests).toContain('GET /api/console/services');
    expect(requests.filter((request) => request.startsWith('GET /api/v3/customer') || request.includes('/topology/services'))).toEqual([]);

    const link = within(rowOf('BBOC2')).getByRole('link', { name: 'Error' });
    // Since when, in the link's title (the snapshot first saw it a week before STORE_NOW).
    expect(link).toHaveAttribute('title', expect.stringMatching(/^Error; Error since at least .+\. Open BBOC2 in Health$/));
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
    await screen.findByRole('listbox'); // the Select is loaded on first use
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
    await screen.findByRole('listbox'); // the Select is loaded on first use
    expect(screen.getByRole('option', { name: 'Hosted Essentials (2)' })).toBeInTheDocument();
    expect(screen.getByRole('option', { name: 'OC Essentials (2)' })).toBeInTheDocument();
    await user.keyboard('{Escape}');
    // ...and health counts under the license filter.
    await user.click(screen.getByRole('button', { name: /^Operator Connect/ }));
    expect(shortNames()).toEqual(['BBOC2', 'ActiveComsOC']);
    await user.click(healthSelect());
    await screen.findByRole('listbox'); // the Select is loaded on first use
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
    sim.use(http.get('*/api/console/services', () => HttpResponse.json(servicesAnswer(sim.store.listCustomers(), changed, sim.snapshot))));
    const { user } = await renderRoute('/');
    await findTable();
    await healthLoaded();

    expect(healthCell('royDY')).toHaveTextContent('No OVOC service');
    expect(within(healthCell('royDY')).queryByRole('link')).toBeNull();
    expect(within(rowOf('BBOC2')).getByRole('link', { name: 'Error, worst of 2 OVOC services' })).toHaveTextContent('Error×2');
    expect(within(rowOf('bahir')).getByRole('link', { name: 'DEGRADED' })).toBeVisible();

    await user.click(healthSelect());
    await screen.findByRole('listbox'); // the Select is loaded on first use
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

  it('shows the last snapshot with its age and the reason while the Live Platform cannot be read', async () => {
    sim.snapshot.stale = { since: '2026-03-01T11:58:00Z', reason: 'GET /api/v3/customer answered 503' };
    await renderRoute('/');
    await findTable();
    expect(bodyRows()).toHaveLength(35);
    expect(within(rowOf('BBOC2')).getByRole('link', { name: 'Error' })).toBeVisible();
    expect(screen.getByRole('alert')).toHaveTextContent(/The Live Platform cannot be read .*GET \/api\/v3\/customer answered 503\. Showing what it said when last read/);
  });
});
