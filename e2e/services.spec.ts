/**
 * Services list (`/`), live chain: Chromium -> our server -> token -> the HTTP simulator
 * (35 documented customers). Each test starts from a fresh simulator.
 */
import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { E2E_SIM_URL } from '../playwright.config';

test.beforeEach(async ({ request }) => {
  expect((await request.post(`${E2E_SIM_URL}/__sim/reset`)).ok()).toBe(true);
});

const table = (page: Page) => page.getByRole('table', { name: 'Customers' });
/** Body rows (the header row is in the first rowgroup). */
const rows = (page: Page) => table(page).getByRole('rowgroup').nth(1).getByRole('row');
const shortNames = (page: Page) => rows(page).getByRole('link').allTextContents();
const searchBox = (page: Page) => page.getByRole('searchbox', { name: 'Search' });
const summary = (page: Page) => page.getByRole('region', { name: 'Summary' });
/** The address with its list commas readable. */
const address = (page: Page) => decodeURIComponent(new URL(page.url()).search);

async function loaded(page: Page, url = '/') {
  await page.goto(url);
  await expect(page.getByRole('heading', { level: 1, name: 'Services' })).toBeVisible();
  await expect(rows(page).first()).toBeVisible();
}

test('filters by license type with the right counts, and a family in one click', async ({ page }) => {
  await loaded(page);
  await expect(rows(page)).toHaveCount(35);
  await expect(summary(page)).toContainText('35 customers');

  await page.getByRole('combobox', { name: /License type/ }).click();
  const options = page.getByRole('listbox').getByRole('option');
  await expect(options).toHaveCount(6);
  expect(await options.evaluateAll((els) => els.map((el) => el.getAttribute('aria-label')))).toEqual([
    'Hosted Essentials (11)', 'Hosted Essentials Plus (5)', 'Hosted Pro (11)', 'OC Essentials (8)', 'OC Essentials Plus (0)', 'OC Pro (0)',
  ]);
  await page.getByRole('option', { name: 'Hosted Pro (11)' }).click();
  await page.keyboard.press('Escape');

  await expect(rows(page)).toHaveCount(11);
  await expect(summary(page)).toContainText('11 of 35 customers');
  for (const license of await rows(page).getByRole('cell').nth(2).allTextContents()) expect(license).toContain('Hosted Pro');
  expect(await table(page).getByRole('cell', { name: /^Hosted Pro/ }).count()).toBe(11);
  expect(address(page)).toBe('?license=2');

  await page.getByRole('button', { name: /^Operator Connect/ }).click();
  await expect(rows(page)).toHaveCount(8);
  await expect(summary(page)).toContainText('Operator Connect8');
  expect(address(page)).toBe('?license=3,4,5');

  const axe = await new AxeBuilder({ page }).include('main').analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});

test('search, sort, reload and back/forward keep exactly the view', async ({ page }) => {
  await loaded(page);
  await searchBox(page).fill('bb');
  await expect(summary(page)).toContainText('16 of 35 customers');
  await expect.poll(() => address(page)).toBe('?q=bb');

  const header = table(page).getByRole('columnheader', { name: 'Licensed users' });
  await header.getByRole('button').click();
  await expect(header).toHaveAttribute('aria-sort', 'ascending');
  await header.getByRole('button').click();
  await expect(header).toHaveAttribute('aria-sort', 'descending');
  expect(address(page)).toBe('?q=bb&sort=-licensedUsersCount');
  const sorted = await shortNames(page);
  // Largest licence counts first, customers without a count (—) last.
  expect(sorted[0]).toBe('audcdk');
  const licensed = await rows(page).evaluateAll((els) => els.map((el) => el.querySelectorAll('[role=cell]')[3]?.textContent));
  expect(licensed.slice(-7)).toEqual(Array(7).fill('—'));

  await page.reload();
  await expect(rows(page)).toHaveCount(16);
  await expect(searchBox(page)).toHaveValue('bb');
  await expect(header).toHaveAttribute('aria-sort', 'descending');
  expect(await shortNames(page)).toEqual(sorted);

  await page.goBack();
  await expect(header).toHaveAttribute('aria-sort', 'ascending');
  await page.goBack();
  await expect(header).not.toHaveAttribute('aria-sort');
  await expect(searchBox(page)).toHaveValue('bb');
  await page.goForward();
  await page.goForward();
  await expect(header).toHaveAttribute('aria-sort', 'descending');
  expect(await shortNames(page)).toEqual(sorted);
});

test('exports the rows shown as a safe CSV file', async ({ page }) => {
  await loaded(page, '/?q=walter&sort=customerShortName');
  await expect(rows(page)).toHaveCount(2);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export CSV' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^customers-\d{4}-\d{2}-\d{2}\.csv$/);
  const text = (await readFile(await download.path(), 'utf8')).replace(/^\uFEFF/, '');
  expect(text.split('\r\n')).toEqual([
    'Short name,Full name,License type,License family,Licensed users,Active users,Live Hub active users,Live Hub simple users,Microsoft tenant id,GUID',
    '24124,24124 walter pro,Hosted Pro,Direct Routing,20,1,0,5,c524b5f5-fd18-43c0-964c-bc5d35525eaa,0d3e4dd6-ed30-4656-8601-27396a26e594',
    '24124_ess,24124 walter essential,Hosted Essentials,Direct Routing,,1,,,c524b5f5-fd18-43c0-964c-bc5d35525eaa,20bcd945-7d2e-4912-97e4-cfe285d7e1e7',
    '',
  ]);
});

test('opens a customer from the keyboard: Tab to the rows, arrow down, Enter', async ({ page }) => {
  await loaded(page, '/?license=3');
  await searchBox(page).focus();
  const activeRole = () => page.evaluate(() => document.activeElement?.getAttribute('role') ?? document.activeElement?.tagName);
  for (let i = 0; i < 30 && (await activeRole()) !== 'row'; i += 1) await page.keyboard.press('Tab');
  await expect(rows(page).first()).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(rows(page).nth(1)).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/customers\/4ee8be0d-71f7-42b1-8760-f065230a3dd2$/);
  await page.goBack();
  await expect(rows(page)).toHaveCount(8);
});

test('a failed load shows the error ticket, and Retry recovers', async ({ page, request }) => {
  await request.post(`${E2E_SIM_URL}/__sim/faults`, { data: { route: 'GET /api/v3/customer', status: 500, times: 1 } });
  await page.goto('/');
  const alert = page.getByRole('alert').filter({ hasText: "Couldn't load the services" });
  await expect(alert).toBeVisible({ timeout: 15_000 });
  await expect(alert.getByRole('button', { name: 'Copy error ticket' })).toBeVisible();
  await alert.getByRole('button', { name: 'Retry' }).click();
  await expect(rows(page)).toHaveCount(35);
});
