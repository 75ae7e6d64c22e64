/**
 * Health page, live chain: Chromium -> our server -> token -> the HTTP simulator.
 * Each test starts from a fresh simulator (POST /__sim/reset).
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { E2E_SIM_URL } from '../playwright.config';

test.beforeEach(async ({ request }) => {
  expect((await request.post(`${E2E_SIM_URL}/__sim/reset`)).ok()).toBe(true);
});

const table = (page: Page) => page.getByRole('table', { name: 'OVOC services' });
const statusGroup = (page: Page) => page.getByRole('group', { name: 'Filter by status' });
const rowToggles = (page: Page) => table(page).getByRole('button', { name: /^Details of / });
/** The Status cell of a service's row (the column after the row header). */
const statusCell = (page: Page, name: string) =>
  table(page)
    .getByRole('row')
    .filter({ has: page.getByRole('button', { name: `Details of ${name}`, exact: true }) })
    .getByRole('cell')
    .nth(1);

async function countOf(page: Page, label: string): Promise<number> {
  const name = await statusGroup(page).getByRole('button', { name: new RegExp(`^${label}, \\d+ services?$`) }).getAttribute('aria-label');
  return Number(/, (\d+) service/.exec(name ?? '')?.[1]);
}

test('the ERROR count equals the rows shown after clicking it', async ({ page }) => {
  await page.goto('/health');
  await expect(page.getByRole('heading', { level: 1, name: 'Health' })).toBeVisible();
  await expect(rowToggles(page).first()).toBeVisible();
  const errors = await countOf(page, 'Error');
  expect(errors).toBeGreaterThan(0);
  // The chart says the same as the buttons.
  await expect(page.getByRole('img', { name: /^Services by status:/ })).toHaveAttribute('aria-label', new RegExp(`Error ${errors},`));

  await statusGroup(page).getByRole('button', { name: /^Error, / }).click();
  await expect(statusGroup(page).getByRole('button', { name: /^Error, / })).toHaveAttribute('aria-pressed', 'true');
  await expect(rowToggles(page)).toHaveCount(errors);
  await expect(page).toHaveURL(/[?&]status=ERROR\b/);
  for (const name of ['customera-dm', 'Seraya', 'ZARonaldM']) await expect(statusCell(page, name)).toHaveText('Error');

  const axe = await new AxeBuilder({ page }).include('main').analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});

test('Refresh brings in a status change from the simulator without losing the expanded row', async ({ page, request }) => {
  await page.goto('/health');
  await page.getByRole('button', { name: 'Details of customera-dm', exact: true }).click();
  const parameters = page.getByRole('table', { name: 'All parameters, as sent' });
  await expect(parameters.getByText('19-07-2026')).toBeVisible();
  await expect(statusCell(page, 'CarlDMDemo')).toHaveText('OK');
  const errorsBefore = await countOf(page, 'Error');

  const change = await request.post(`${E2E_SIM_URL}/__sim/ovoc/services/53904/status`, { data: { status: 'ERROR' } });
  expect(change.status()).toBe(204);
  // The console reads the platform once for everyone; Refresh asks for a read now (at most one per
  // 10 s for everyone, so a person may have to press it again when told to wait).
  await expect
    .poll(async () => {
      await page.getByRole('button', { name: 'Refresh' }).click();
      return statusCell(page, 'CarlDMDemo').textContent();
    })
    .toBe('Error');
  await expect.poll(() => countOf(page, 'Error')).toBe(errorsBefore + 1);

  await expect(page.getByRole('button', { name: 'Details of customera-dm', exact: true })).toHaveAttribute('aria-expanded', 'true');
  await expect(parameters.getByText('19-07-2026')).toBeVisible();
});

test('the customer panel shows the attached services, from the row and from a pasted link', async ({ page }) => {
  await page.goto('/health');
  await page.getByRole('button', { name: 'OVOC customer 79192 of customera-dm' }).click();
  const panel = page.getByRole('dialog', { name: 'customera-dm' });
  await expect(panel.getByRole('list', { name: 'Attached services' }).getByRole('button', { name: 'Show customera-dm in the table' })).toBeVisible();
  await expect(page).toHaveURL(/[?&]customer=79192\b/);

  await page.reload();
  await expect(panel.getByText('Attached services')).toBeVisible();
  await panel.getByRole('button', { name: 'Show customera-dm in the table' }).click();
  await expect(panel).toBeHidden();
  const toggle = page.getByRole('button', { name: 'Details of customera-dm', exact: true });
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await expect(toggle).toBeFocused();
  await expect(page).not.toHaveURL(/customer=/);
});

test('OVOC answering 503: the page keeps the last snapshot and says why, with its age', async ({ page, request }) => {
  await page.goto('/health');
  await expect(statusCell(page, 'CarlDMDemo')).toHaveText('OK');
  const fault = await request.post(`${E2E_SIM_URL}/__sim/faults`, {
    data: { route: 'GET /api/ovoc/v1/topology/services', status: 503 },
  });
  expect(fault.ok()).toBe(true);

  // Refresh asks the server to read now (again when it says to wait: one read per 10 s for everyone).
  const warning = page.getByText(/The Live Platform cannot be read \(since .*\): OVOC services list: the Live Platform answered 503\./);
  await expect
    .poll(async () => {
      await page.getByRole('button', { name: 'Refresh' }).click();
      return warning.count();
    })
    .toBe(1);
  await expect(warning).toContainText('Showing what it said when last read');
  await expect(statusCell(page, 'CarlDMDemo')).toHaveText('OK');
});
