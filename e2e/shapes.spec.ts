/**
 * Real Live Platform data that is messier than the examples, through the real chain: the simulator
 * serves its odd shapes (POST /__sim/shapes), our server's mirror reads them row by row, and the
 * pages show what could be read and say what could not.
 */
import { expect, test, type APIRequestContext } from '@playwright/test';
import { E2E_SIM_URL } from '../playwright.config';
import { INTEGER_STATES_GUID, SHAPES } from '../simulator/shapes';
import { findCustomer, searchList } from './support/services-list';

async function serveShapes(request: APIRequestContext, shapes: readonly string[]) {
  expect((await request.post(`${E2E_SIM_URL}/__sim/shapes`, { data: { shapes } })).ok()).toBe(true);
}

test.beforeEach(async ({ request }) => {
  expect((await request.post(`${E2E_SIM_URL}/__sim/reset`)).ok()).toBe(true);
  await serveShapes(request, SHAPES);
});
test.afterEach(async ({ request }) => {
  await serveShapes(request, []);
});

test('the services list keeps leads, an unknown license and camelCase rows, and shows which rows could not be read', async ({ page }) => {
  await page.goto('/');
  // The mirror picks the shapes up at its next read; the page shows the new snapshot when it comes.
  const notice = page.getByRole('status').filter({ hasText: '4 rows could not be read' });
  await expect(notice).toBeVisible();
  await notice.getByRole('button', { name: 'Show details' }).click();
  const details = notice.getByRole('table', { name: 'What could not be read in the customer list' });
  await expect(details.getByRole('row', { name: /UmpCustomerGuid\s*42/ })).toBeVisible();
  await expect(details.getByRole('row', { name: /"not a row"/ })).toBeVisible();

  await searchList(page, 'NorthwindLead');
  const leads = page.getByRole('table', { name: 'Customers' }).getByRole('row').filter({ hasText: 'lead, no license yet' });
  await expect(leads).toHaveCount(2);
  await expect(leads.getByRole('link')).toHaveCount(0);

  await expect(await findCustomer(page, 'TailspinCamel')).toBeVisible();
  await findCustomer(page, 'FabrikamNext');
  await expect(page.getByRole('table', { name: 'Customers' }).getByRole('row').filter({ hasText: 'FabrikamNext' })).toContainText('7');
});

test('a customer whose SIP connections carry integer states shows them as sent, and the one that cannot be read is named', async ({ page }) => {
  await page.goto(`/customers/${INTEGER_STATES_GUID}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Wingtip Toys' })).toBeVisible();
  const sites = page.getByRole('table', { name: 'SIP connections' });
  const main = sites.getByRole('row').filter({ hasText: 'WINGTIPMAIN' });
  await expect(main.getByTitle('sent as 3; expected a name (no meaning is documented for this number)')).toBeVisible();
  await expect(sites.getByRole('row').filter({ hasText: 'WINGTIPBRANCH' })).toContainText('Deployed');
  const notice = page.getByRole('status').filter({ hasText: '1 SIP connection could not be read' });
  await notice.getByRole('button', { name: 'Show details' }).click();
  await expect(notice.getByRole('table', { name: 'What could not be read in the SIP connections' })).toContainText('"not a site"');
});
