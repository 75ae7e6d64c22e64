/**
 * Services list (`/`), live chain: Chromium -> our server -> token -> the HTTP simulator
 * (35 documented customers). Each test starts from a fresh simulator.
 */
import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { E2E_SIM_URL } from '../playwright.config';
import { resetPlatform } from './support/fresh-platform';
import { ovocServicesResponseSchema, servicesListSchema } from '../src/api/schemas';
import { buildOvocIndex, lookupOvoc } from '../src/domain/matching';

// Tall enough that lists of up to ~20 customers are all on screen, so their rows can be read; the
// table renders only what is on screen, so 35 customers are checked by the announced row count.
test.use({ viewport: { width: 1280, height: 1400 } });

test.beforeEach(async ({ request }) => {
  await resetPlatform(request);
});

const table = (page: Page) => page.getByRole('table', { name: 'Customers' });
/** Body rows in the DOM: only those on screen (plus a few), however long the list (the header row is in the first rowgroup). */
const rows = (page: Page) => table(page).getByRole('rowgroup').nth(1).getByRole('row');
/** The row at a 0-based position in the list (aria-rowindex counts the header row as 1). */
const rowAt = (page: Page, index: number) => table(page).locator(`[role=row][aria-rowindex="${index + 2}"]`);
/** How many rows the list holds, as announced to assistive technology (header row included). */
const expectListed = (page: Page, count: number) => expect(table(page)).toHaveAttribute('aria-rowcount', String(count + 1));
/** The short-name link of each row (the first cell; the Health cell has a link too). */
const shortNames = (page: Page) => rows(page).evaluateAll((els) => els.map((el) => el.querySelector('[role=cell] a')?.textContent ?? ''));
const searchBox = (page: Page) => page.getByRole('searchbox', { name: 'Search' });
const summary = (page: Page) => page.getByRole('region', { name: 'Summary' });
/** The address with its list commas readable. */
const address = (page: Page) => decodeURIComponent(new URL(page.url()).search);

async function loaded(page: Page, url = '/') {
  await page.goto(url);
  await expect(page.getByRole('heading', { level: 1, name: 'Services' })).toBeVisible();
  await expect(rows(page).first()).toBeVisible();
}

const healthSelect = (page: Page) => page.getByRole('combobox', { name: /^Health/ });
/** OVOC health is in once the Health filter turns on. */
async function healthLoaded(page: Page) {
  await expect(healthSelect(page)).not.toHaveAttribute('aria-disabled', 'true');
}

test('filters by license type with the right counts, and a family in one click', async ({ page }) => {
  await loaded(page);
  await expectListed(page, 35);
  // Only the rows on screen are in the DOM.
  expect(await rows(page).count()).toBeLessThan(35);
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
  // Written readable in the address bar itself, not as license=3%2C4%2C5.
  expect(new URL(page.url()).search).toBe('?license=3,4,5');

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
  await healthLoaded(page);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export CSV' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^customers-\d{4}-\d{2}-\d{2}\.csv$/);
  const text = (await readFile(await download.path(), 'utf8')).replace(/^\uFEFF/, '');
  expect(text.split('\r\n')).toEqual([
    'Short name,Full name,License type,License family,Licensed users,Active users,Live Hub active users,Live Hub simple users,Microsoft tenant id,GUID,Health,OVOC services,OVOC matched by',
    '24124,24124 walter pro,Hosted Pro,Direct Routing,20,1,0,5,c524b5f5-fd18-43c0-964c-bc5d35525eaa,0d3e4dd6-ed30-4656-8601-27396a26e594,OK,1,id',
    '24124_ess,24124 walter essential,Hosted Essentials,Direct Routing,,1,,,c524b5f5-fd18-43c0-964c-bc5d35525eaa,20bcd945-7d2e-4912-97e4-cfe285d7e1e7,OK,1,id',
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

test('the Live Platform failing: the list keeps its last snapshot and says why, then recovers', async ({ page, request }) => {
  await page.goto('/');
  await expectListed(page, 35);
  await request.post(`${E2E_SIM_URL}/__sim/faults`, { data: { route: 'GET /api/v3/customer', status: 500 } });
  // The server reads the platform for everyone every few seconds; the open page hears of it live.
  const warning = page.getByText(/The Live Platform cannot be read \(since .*\): customers list: the Live Platform answered 500\./);
  await expect(warning).toBeVisible();
  await expectListed(page, 35);
  // The platform answers again (the reset clears the fault): the warning goes.
  expect((await request.post(`${E2E_SIM_URL}/__sim/reset`)).ok()).toBe(true);
  await expect(warning).toBeHidden();
});

test('filters by OVOC health: the option count, the rows and the simulator agree', async ({ page }) => {
  await loaded(page);
  // What the platform says, read through our own server like the page does, matched with the documented rule.
  const [customers, ovoc] = await Promise.all([page.request.get('/api/v3/customer'), page.request.get('/api/ovoc/v1/topology/services/')]);
  const briefs = servicesListSchema.parse(await customers.json());
  const index = buildOvocIndex(ovocServicesResponseSchema.parse(await ovoc.json()).services);
  // ERROR is the worst status, so a customer shows ERROR exactly when one of its services is in ERROR.
  const expected = briefs
    .filter((b) => lookupOvoc(index, { guid: b.umpCustomerGuid ?? '', shortName: b.customerShortName }).services.some((s) => s.status === 'ERROR'))
    .map((b) => b.customerShortName);
  expect(expected.length).toBeGreaterThan(0);

  await healthLoaded(page);
  await healthSelect(page).click();
  await page.getByRole('option', { name: `Error (${expected.length})` }).click();
  await page.keyboard.press('Escape');

  await expect(rows(page)).toHaveCount(expected.length);
  expect((await shortNames(page)).sort()).toEqual([...expected].sort());
  const health = await rows(page).evaluateAll((els) => els.map((el) => el.querySelectorAll('[role=cell]')[7]?.textContent ?? ''));
  for (const text of health) expect(text).toMatch(/^Error/);
  await expect(summary(page)).toContainText(`${expected.length} of 35 customers`);
  await expect(summary(page)).toContainText(`${expected.length} in Error`);
  expect(address(page)).toBe('?health=ERROR');

  // A Health cell opens the Health page searching for that service.
  const first = rows(page).first();
  const name = (await first.getByRole('link').first().textContent()) ?? '';
  await first.getByRole('cell').nth(7).getByRole('link').click();
  await expect(page).toHaveURL(/\/health\?/);
  expect(new URL(page.url()).searchParams.get('q')?.replace(/^"(.*)"$/, '$1')).toBe(name);
  await expect(page.getByRole('searchbox').first()).toHaveValue(name);
  await page.goBack();
  await expect(rows(page)).toHaveCount(expected.length);

  const axe = await new AxeBuilder({ page }).include('main').analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});

test('OVOC failing: the list keeps its last snapshot, Health column included, and names OVOC as the reason', async ({ page, request }) => {
  await loaded(page);
  await expectListed(page, 35);
  await request.post(`${E2E_SIM_URL}/__sim/faults`, { data: { route: 'GET /api/ovoc/v1/topology/services', status: 503 } });
  await expect(page.getByText(/The Live Platform cannot be read \(since .*\): OVOC services list: the Live Platform answered 503\./)).toBeVisible();
  await expectListed(page, 35);
});

/** Scroll positions of the table's own scroller and of the window. */
async function scrollPositions(page: Page) {
  return page.evaluate(() => ({
    table: document.querySelector('[data-scroll-restoration-id="services-table"]')?.scrollTop ?? -1,
    window: Math.round(window.scrollY),
  }));
}

/** Lets scroll events reach the router (they fire on the next frames). */
const nextFrames = (page: Page) => page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));

test('back from a customer returns to the same filters and scroll position', async ({ page }) => {
  // A small window: the 35 rows scroll in the table's box and the page scrolls in the window.
  await page.setViewportSize({ width: 1280, height: 600 });
  await loaded(page, '/?sort=customerShortName');
  await expectListed(page, 35);
  await page.locator('[data-scroll-restoration-id="services-table"]').evaluate((el) => el.scrollTo(0, 760));
  // Not to the bottom: a "cannot be read" line that comes or goes with a slow poll changes the page's
  // height, and a bottom position would then be clamped to a different number.
  await page.evaluate(() => window.scrollTo(0, 120));
  await nextFrames(page);

  // Back to services (history back) on the details page.
  let link = rowAt(page, 15).getByRole('link').first();
  await link.hover();
  const before = await scrollPositions(page);
  expect(before.table).toBeGreaterThan(500);
  expect(before.window).toBe(120);
  await link.click();
  await expect(page).toHaveURL(/\/customers\//);
  await page.getByRole('link', { name: 'Back to services' }).click();
  await expectListed(page, 35);
  expect(address(page)).toBe('?sort=customerShortName');
  await expect.poll(() => scrollPositions(page)).toEqual(before);

  // The browser's Back, from further down.
  await page.locator('[data-scroll-restoration-id="services-table"]').evaluate((el) => el.scrollTo(0, 1200));
  await nextFrames(page);
  link = rowAt(page, 25).getByRole('link').first();
  await link.hover();
  const further = await scrollPositions(page);
  expect(further.table).toBeGreaterThan(before.table);
  await link.click();
  await expect(page).toHaveURL(/\/customers\//);
  await expect(page.getByRole('link', { name: 'Back to services' })).toBeVisible();
  await page.goBack();
  await expectListed(page, 35);
  await expect.poll(() => scrollPositions(page)).toEqual(further);
});

test('a search typed just before opening a row is the list that Back returns to', async ({ page }) => {
  await page.goto('/');
  // Typed and clicked at once: the search has not had its pause yet when the row opens.
  await page.getByRole('searchbox', { name: 'Search' }).fill('BB175');
  await page.getByRole('link', { name: 'BB175Plus', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'BB175Plus' })).toBeVisible();
  await page.goBack();
  await expect(page).toHaveURL(/\/\?q=BB175$/);
  await expect(page.getByRole('searchbox', { name: 'Search' })).toHaveValue('BB175');
});

test('a search typed just before the browser\'s Back is kept for Forward', async ({ page }) => {
  await page.goto('/health');
  await page.getByRole('navigation').getByRole('link', { name: 'Services' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Services' })).toBeVisible();
  await page.getByRole('searchbox', { name: 'Search' }).fill('Walter');
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: 'Health' })).toBeVisible();
  await page.goForward();
  await expect(page).toHaveURL(/\/\?q=Walter$/);
  await expect(page.getByRole('searchbox', { name: 'Search' })).toHaveValue('Walter');
});
