import { screen, waitFor, within } from '@testing-library/react';
import { http } from 'msw';
import { problem } from '../../../simulator/errors';
import { renderRoute } from '../../test/render';
import { setupHealthSimServer } from '../../test/health-sim';

const sim = setupHealthSimServer();

async function renderHealth(url = '/health') {
  const result = await renderRoute(url);
  await screen.findByRole('table', { name: 'OVOC services' });
  return result;
}

// Queries are scoped (table, status group): role queries over the whole page are slow in jsdom.
const rowToggles = () => within(screen.getByRole('table', { name: 'OVOC services' })).queryAllByRole('button', { name: /^Details of / });
const statusGroup = () => within(screen.getByRole('group', { name: 'Filter by status' }));
const statusButton = (label: string) => statusGroup().getByRole('button', { name: new RegExp(`^${label}, \\d+ services?$`) });
/** The Status cell of a row (the column after the row header), and its Since cell next to it. */
const statusCell = (toggle: HTMLElement) => (toggle.closest('tr') as HTMLElement).querySelectorAll('td')[1];
const sinceCell = (toggle: HTMLElement) => (toggle.closest('tr') as HTMLElement).querySelectorAll('td')[2];
const countOf = (button: HTMLElement) => Number(/, (\d+) service/.exec(button.getAttribute('aria-label') ?? '')?.[1]);

// A whole page of chips in jsdom on a shared machine: generous time per test.
describe('HealthPage', () => {
  it('counts services by status, and the counts add up to the rows', async () => {
    await renderHealth();
    const total = sim.store.listOvocServices().length;
    expect(rowToggles()).toHaveLength(total);
    expect(countOf(statusGroup().getByRole('button', { name: /^All statuses/ }))).toBe(total);
    const sum = ['Error', 'Warning', 'Unmonitored', 'OK'].map((label) => countOf(statusButton(label))).reduce((a, b) => a + b, 0);
    expect(sum).toBe(total);
  });

  it('filters the table to ERROR when its count is clicked, and puts it in the URL', async () => {
    const { user, router } = await renderHealth();
    const error = statusButton('Error');
    const expected = countOf(error);
    expect(expected).toBeGreaterThan(0);
    await user.click(error);
    expect(statusButton('Error')).toHaveAttribute('aria-pressed', 'true');
    expect(rowToggles()).toHaveLength(expected);
    expect(router.state.location.href).toContain('status=ERROR');
    // Every row shown is an ERROR row: its Status cell (3rd column) says Error.
    for (const toggle of rowToggles()) {
      expect(statusCell(toggle)).toHaveTextContent('Error');
    }
    await user.click(statusButton('Error'));
    expect(rowToggles()).toHaveLength(sim.store.listOvocServices().length);
  });

  it('puts the most broken services first', async () => {
    await renderHealth();
    const names = rowToggles().map((b) => b.getAttribute('aria-label')?.replace('Details of ', ''));
    const statusOf = new Map(sim.store.listOvocServices().map((s) => [s.name, s.status]));
    const statuses = names.map((n) => statusOf.get(n ?? ''));
    const firstOk = statuses.indexOf('OK');
    expect(statuses.lastIndexOf('ERROR')).toBeLessThan(statuses.indexOf('WARNING'));
    expect(statuses.slice(firstOk).every((s) => s === 'OK')).toBe(true);
    expect(names.indexOf('customera-dm')).toBeLessThan(statuses.indexOf('WARNING'));
    // Within a status, by name.
    const errors = names.slice(0, statuses.lastIndexOf('ERROR') + 1) as string[];
    expect(errors).toEqual([...errors].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base', numeric: true })));
  });

  it('keeps an expanded row open and in place when a refresh brings a status change, with its since and history', async () => {
    const { user } = await renderHealth();
    // The snapshot first saw it a week before STORE_NOW.
    const firstSight = sinceCell(screen.getByRole('button', { name: 'Details of customera-dm' }));
    expect(firstSight).toHaveTextContent(/^since at least /);
    expect(firstSight?.querySelector('time')).toHaveAttribute('dateTime', '2026-02-22T12:00:00.000Z');
    await user.click(screen.getByRole('button', { name: 'Details of customera-dm' }));
    // The full OVOC object of this one service is read live when the row opens.
    const details = await screen.findByRole('table', { name: /All parameters, as sent/ });
    expect(sim.requests).toContain('GET /api/ovoc/v1/topology/services/42712');
    expect(within(details).getByText('19-07-2026')).toBeVisible();
    expect(screen.getByText('19 Jul 2026')).toBeVisible();

    sim.store.setOvocServiceStatus(42712, 'WARNING');
    sim.snapshot.version = 2;
    sim.snapshot.changes.push({ key: '42712', name: 'customera-dm', field: 'status', from: 'ERROR', to: 'WARNING', at: '2026-03-01T11:00:00Z', firstSeen: false, version: 2 });
    const before = sim.requests.filter((r) => r === 'GET /api/console/health').length;
    await user.click(screen.getByRole('button', { name: 'Refresh' }));
    await waitFor(() => expect(statusCell(screen.getByRole('button', { name: 'Details of customera-dm' }))).toHaveTextContent('Warning'));
    expect(sim.requests).toContain('POST /api/console/refresh');
    expect(sim.requests.filter((r) => r === 'GET /api/console/health').length).toBe(before + 1);
    const since = sinceCell(screen.getByRole('button', { name: 'Details of customera-dm' }));
    expect(since).toHaveTextContent(/^since (?!at least)/);
    expect(since?.querySelector('time')).toHaveAttribute('dateTime', '2026-03-01T11:00:00.000Z');
    const history = await screen.findByRole('list', { name: 'Status history of customera-dm' });
    await waitFor(() => expect(within(history).getByText('Status: Error → Warning')).toBeVisible());
    expect(screen.getByRole('button', { name: 'Details of customera-dm' })).toHaveAttribute('aria-expanded', 'true');
    // Same DOM node: the details were never unmounted.
    expect(screen.getByRole('table', { name: /All parameters, as sent/ })).toBe(details);
  });

  it('shows an unknown status as it came, in the summary and the row', async () => {
    sim.store.setOvocServiceStatus(53904, 'DEGRADED');
    await renderHealth();
    expect(countOf(statusButton('DEGRADED'))).toBe(1);
    expect(statusCell(screen.getByRole('button', { name: 'Details of CarlDMDemo' }))).toHaveTextContent('DEGRADED');
  });

  it('opens the OVOC customer with its attached services, and goes to a service row from there', async () => {
    const { user, router } = await renderHealth();
    await user.click(screen.getByRole('button', { name: 'OVOC customer 79192 of customera-dm' }));
    const panel = await screen.findByRole('dialog', { name: 'customera-dm' });
    expect(router.state.location.href).toContain('customer=79192');
    const attached = within(panel).getByRole('list', { name: 'Attached services' });
    const goTo = within(attached).getByRole('button', { name: 'Show customera-dm in the table' });
    expect(within(panel).getByText('LIVE_CX')).toBeVisible();

    await user.click(goTo);
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const toggle = screen.getByRole('button', { name: 'Details of customera-dm' });
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await waitFor(() => expect(toggle).toHaveFocus());
    expect(router.state.location.search).not.toHaveProperty('customer');
  });

  it('opens the customer panel from a pasted link', async () => {
    await renderRoute('/health?customer=85844');
    const panel = await screen.findByRole('dialog', { name: 'Brad984' });
    expect(within(panel).getByText('56056a77-07a5-43a7-bb1b-3d6f3c8e2b07')).toBeVisible();
    expect(within(panel).getByText('Service 97674 (not in the services list)')).toBeVisible();
    expect(within(panel).getByText('No contacts on record.')).toBeVisible();
  });

  it('explains a customer that is not there (404)', async () => {
    await renderRoute('/health?customer=123');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Customer not found');
    expect(alert).toHaveTextContent(/belongs to a different tenant/);
  });

  it('explains a 503 (the first read of the Live Platform failed) and offers Retry', async () => {
    sim.use(http.get('*/api/console/health', () => problem(503)));
    await renderRoute('/health');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(/503/);
    expect(within(alert).getByRole('button', { name: 'Retry' })).toBeVisible();
  });

  it('keeps the rows on screen when a refresh fails, and explains why (409)', async () => {
    const { user } = await renderHealth();
    const rowsBefore = rowToggles().length;
    sim.use(http.get('*/api/console/health', () => problem(409), { once: true }));
    await user.click(screen.getByRole('button', { name: 'Refresh' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Tenant validation failed');
    expect(alert).toHaveTextContent(/could not validate the tenant id/);
    expect(rowToggles()).toHaveLength(rowsBefore);
  });

  it('sorts by a column header, with aria-sort and the URL following', async () => {
    const { user, router } = await renderHealth();
    const table = screen.getByRole('table', { name: 'OVOC services' });
    await user.click(within(table).getByRole('button', { name: 'Service' }));
    expect(within(table).getByRole('columnheader', { name: 'Service' })).toHaveAttribute('aria-sort', 'ascending');
    expect(router.state.location.href).toContain('sort=name');
    const names = rowToggles().map((b) => (b.getAttribute('aria-label') ?? '').replace('Details of ', ''));
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base', numeric: true })));
  });

  it('searches and filters by license type from the URL, and survives malformed params', async () => {
    await renderHealth('/health?q=acme&license=PRO');
    expect(rowToggles().map((b) => b.getAttribute('aria-label'))).toEqual(['Details of ACME Inc.']);
    expect(screen.getByRole('searchbox', { name: 'Search' })).toHaveValue('acme');

    await renderHealth('/health?status=%7Bbroken&sort=%3B%3B&customer=abc&license=%5B1');
    expect(screen.getAllByRole('table', { name: 'OVOC services' }).length).toBeGreaterThan(0);
  });

  it('renders only a window of rows when there are thousands, while the counts cover all', async () => {
    sim.reset({ customers: 2000 });
    // jsdom lays nothing out: give the scroll box a viewport and every row a height.
    vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(600);
    vi.spyOn(HTMLElement.prototype, 'offsetHeight', 'get').mockReturnValue(80);
    await renderHealth();
    const total = sim.store.listOvocServices().length;
    expect(total).toBeGreaterThan(2000);
    expect(countOf(statusGroup().getByRole('button', { name: /^All statuses/ }))).toBe(total);
    expect(rowToggles().length).toBeGreaterThan(0);
    expect(rowToggles().length).toBeLessThan(100);
  });
});
