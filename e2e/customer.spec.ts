/**
 * Customer details, live chain: Chromium -> our server -> token -> the HTTP simulator.
 * Each test starts from a fresh simulator (POST /__sim/reset).
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { E2E_SIM_URL } from '../playwright.config';
import { expectNotListed, findCustomer } from './support/services-list';

const DETAILS_EXAMPLE_GUID = 'a2a3f4c1-38a9-4709-a1be-0c99d02dd5a2';
const TICKET = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

interface LoggedRequest {
  method: string;
  path: string;
}

async function simRequests(request: APIRequestContext): Promise<LoggedRequest[]> {
  const response = await request.get(`${E2E_SIM_URL}/__sim/requests`);
  expect(response.ok()).toBe(true);
  return ((await response.json()) as { requests: LoggedRequest[] }).requests;
}

test.beforeEach(async ({ request }) => {
  expect((await request.post(`${E2E_SIM_URL}/__sim/reset`)).ok()).toBe(true);
});

test('a pasted link opens the details example with its 4 SIP connections', async ({ page }) => {
  await page.goto(`/customers/${DETAILS_EXAMPLE_GUID}`);

  await expect(page.getByRole('heading', { level: 1, name: 'BradOCDev1' })).toBeVisible();
  const table = page.getByRole('table', { name: 'SIP connections' });
  await expect(table.getByRole('rowheader')).toHaveText(['GSDBFWQOQNJGG', 'GSDBFWQOQNKEF', 'GSDBFWQOQNKSC', 'GSDBFWQOQNOIA']);
  await expect(table.getByText('Deployed')).toHaveCount(4);
  await expect(page.getByText('~-6••••••••')).toBeVisible();
  await expect(page).toHaveTitle(/BradOCDev1/);
  await expect(page.getByRole('link', { name: 'Back to services' })).toHaveAttribute('href', '/');

  await expect(page.getByRole('region', { name: 'OVOC health' })).toContainText('No OVOC service found');
  const axe = await new AxeBuilder({ page }).include('main').analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});

test('a forced 500 shows the documented title and the error ticket; Retry recovers', async ({ page, request }) => {
  const fault = await request.post(`${E2E_SIM_URL}/__sim/faults`, {
    data: { route: 'GET /api/v3/customer/:guid', status: 500, times: 1 },
  });
  expect(fault.ok()).toBe(true);

  await page.goto(`/customers/${DETAILS_EXAMPLE_GUID}`);
  const alert = page.getByRole('alert').filter({ hasText: 'Failed to retrieve customer information' });
  await expect(alert).toBeVisible();
  // The ticket by its label: the console's request id, next to it, is a UUID too.
  await expect(alert.locator('dt:has-text("Error ticket") + dd code')).toHaveText(TICKET);
  await expect(alert.getByRole('button', { name: 'Copy error ticket' })).toBeVisible();

  await alert.getByRole('button', { name: 'Retry' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'BradOCDev1' })).toBeVisible();
});

test('an unknown GUID says "No such customer" and leads back to the list', async ({ page }) => {
  await page.goto('/customers/00000000-0000-4000-8000-000000000000');
  await expect(page.getByRole('heading', { level: 1, name: 'No such customer' })).toBeVisible();
  await page.getByRole('link', { name: 'Go to services' }).click();
  await expect(page).toHaveURL(/\/$/);
});

test('deleting with the typed confirmation removes the customer from the list, with exactly one DELETE', async ({ page, request }) => {
  // BB175Plus: a customer of the documented list (Hosted Essentials Plus).
  await page.goto('/');
  await (await findCustomer(page, 'BB175Plus')).click();
  await expect(page).toHaveURL(/\/customers\/[0-9a-f-]{36}$/);
  const guid = page.url().split('/').pop() ?? '';

  await page.getByRole('button', { name: 'Delete service' }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete service BB175Plus?' });
  const confirm = dialog.getByRole('button', { name: 'Delete service' });
  await expect(confirm).toBeDisabled();
  await dialog.getByLabel('Type BB175Plus to confirm').fill('bb175plus');
  await expect(confirm).toBeDisabled();
  await dialog.getByLabel('Type BB175Plus to confirm').fill('BB175Plus');
  await confirm.click();

  // Back on the list as the person left it: their search, which no longer finds the service.
  await expect(page.getByText('Service BB175Plus was deleted.')).toBeVisible();
  await expect(page).toHaveURL(/\/\?q=BB175Plus$/);
  await expect(page.getByRole('searchbox', { name: 'Search' })).toHaveValue('BB175Plus');
  await expect(page.getByRole('heading', { name: 'No customers match' })).toBeVisible();
  await findCustomer(page, 'AudioCodesUS');

  // The list still lacks it after a reload (the simulator really deleted it).
  await page.goto('/');
  await expectNotListed(page, 'BB175Plus');
  await findCustomer(page, 'AudioCodesUS');

  const deletes = (await simRequests(request)).filter((r) => r.method === 'DELETE');
  expect(deletes.map((r) => r.path)).toEqual([`/api/v2/customer/${guid}`]);
});

test('"Back to services" returns to the list with the filters the person left', async ({ page }) => {
  await page.goto('/?q=BB175');
  await page.getByRole('link', { name: 'BB175Plus', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'BB175Plus' })).toBeVisible();
  const back = page.getByRole('link', { name: 'Back to services' });
  await expect(back).toHaveAttribute('href', '/?q=BB175');
  await back.click();
  await expect(page).toHaveURL(/\/\?q=BB175$/);
  await expect(page.getByRole('link', { name: 'BB175Plus', exact: true })).toBeVisible();
  // It was the browser's Back: Forward leads to the customer again.
  await page.goForward();
  await expect(page.getByRole('heading', { level: 1, name: 'BB175Plus' })).toBeVisible();
});
