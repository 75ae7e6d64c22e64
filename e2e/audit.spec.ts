/**
 * Roles and the audit trail in a real Chromium, through the sign-in rig (server/testing/): a viewer
 * can neither create nor delete, and a forged DELETE is refused and recorded; an onboarding user's
 * create is found by the admin on /audit and through the customer's "Changes"; the verify check
 * passes, then fails once a row is altered in the database. axe on /audit, light and dark.
 */
import { resolve } from 'node:path';
import { expect, test, type Browser, type Page } from '@playwright/test';
import pg from 'pg';
import { E2E_DATABASE_URL, E2E_DIST_DIR } from '../playwright.config';
import { spawnSignInRig, type RigProcess } from '../server/testing/rig-process';
import { ONBOARDER, STAFF, VIEWER, type TestAccount } from '../server/testing/test-accounts';
import { expectNoSeriousViolations } from './support/axe';

let rig: RigProcess;

test.beforeAll(async () => {
  rig = await spawnSignInRig(resolve(E2E_DIST_DIR), E2E_DATABASE_URL);
});
test.afterAll(async () => {
  await rig.close();
});

const GUID = 'a2a3f4c1-38a9-4709-a1be-0c99d02dd5a2';
/** Unique per run (the e2e database keeps the trail between specs); at most 15 characters. */
const SHORT_NAME = `Aud${Date.now().toString(36).slice(-8)}`;

async function signedIn(browser: Browser, account: TestAccount, path = '/'): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.goto(`${rig.consoleUrl}${path}`);
  await expect(page).toHaveURL(new RegExp(`/interaction/`));
  await page.getByPlaceholder('Enter any login').fill(account.id);
  await page.getByPlaceholder('and password').fill('any password');
  await page.getByRole('button', { name: 'Sign-in' }).click();
  await expect(page.getByRole('banner').getByText(account.name)).toBeVisible();
  return page;
}

const field = (page: Page, label: string) => page.getByLabel(new RegExp(`^${label}(\\s*\\*)?$`));

async function next(page: Page, heading: string) {
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByRole('heading', { level: 2, name: heading })).toBeVisible();
}

test('a viewer can neither create nor delete; a forged DELETE is refused and audited as refused', async ({ browser }) => {
  const viewer = await signedIn(browser, VIEWER, `/customers/${GUID}`);
  await expect(viewer.getByRole('heading', { level: 1, name: 'BradOCDev1' })).toBeVisible();
  await expect(viewer.getByRole('button', { name: 'Delete service' })).toBeDisabled();
  await expect(viewer.getByText('Needs the admin role')).toBeVisible();
  const nav = viewer.getByRole('navigation', { name: 'Main' });
  await expect(nav.getByRole('link', { name: 'Services' })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'New Essentials customer' })).toHaveCount(0);
  await expect(nav.getByRole('link', { name: 'Audit trail' })).toHaveCount(0);
  await expect(viewer.getByRole('link', { name: 'Changes' })).toHaveCount(0);

  // What a script with the viewer's session and CSRF token would send.
  const me = (await (await viewer.request.get(`${rig.consoleUrl}/api/console/me`)).json()) as { csrfToken: string };
  const forged = await viewer.request.delete(`${rig.consoleUrl}/api/v2/customer/${GUID}`, { headers: { origin: rig.consoleUrl, 'x-csrf-token': me.csrfToken } });
  expect(forged.status()).toBe(403);
  expect(await forged.json()).toMatchObject({ requiredRole: 'admin' });
  const requestId = forged.headers()['x-request-id'] ?? '';

  const admin = await signedIn(browser, STAFF, '/audit?action=refused&person=vera');
  const row = admin.getByRole('table', { name: 'Audit entries' }).getByRole('row').filter({ hasText: requestId });
  await expect(row).toContainText(VIEWER.name);
  await expect(row).toContainText(`DELETE /api/v2/customer/${GUID}`);
  await expect(row).toContainText('Failed · 403 · forbidden');
});

test('an onboarding user creates a customer; the admin finds it on /audit and in its Changes; verify catches an altered row', async ({ browser }) => {
  const sales = await signedIn(browser, ONBOARDER, '/customers/new');
  sales.on('dialog', (dialog) => void dialog.accept());
  await field(sales, 'Short name').fill(SHORT_NAME);
  await field(sales, 'Full name').fill(SHORT_NAME);
  await field(sales, 'Microsoft tenant id').fill('4bf50a33-a383-4d3f-9403-220c898bc1b2');
  await sales.getByRole('radio', { name: /IP Group/ }).check();
  await next(sales, 'SIP connection');
  await field(sales, 'SBC').fill('5');
  await field(sales, 'Onboarding script').fill('10007');
  await field(sales, 'Cleanup script').fill('10700');
  await next(sales, 'Script parameters');
  await field(sales, 'CAC profile').fill('5 sessions');
  await field(sales, 'Proxy set').fill('SIPTrunk');
  await field(sales, 'Online PSTN gateway').fill('BradDRService.sandbox2.audiocodes.be');
  await next(sales, 'Review');
  await sales.getByRole('button', { name: 'Create customer' }).click();
  await expect(sales.getByText(`Customer ${SHORT_NAME} created`)).toBeVisible();

  const admin = await signedIn(browser, STAFF, '/');
  await admin.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Audit trail' }).click();
  // The services page has a "Search" box too: wait until the Audit page is there.
  await expect(admin.getByRole('heading', { level: 1, name: 'Audit trail' })).toBeVisible();
  await admin.getByRole('searchbox', { name: 'Search' }).fill(SHORT_NAME);
  const entries = admin.getByRole('table', { name: 'Audit entries' });
  const created = entries.getByRole('row').filter({ hasText: SHORT_NAME });
  await expect(created).toHaveCount(1);
  await expect(created).toContainText(ONBOARDER.name);
  await expect(created).toContainText('Create');
  await expect(created).toContainText('Succeeded · 200');
  await expect(admin).toHaveURL(new RegExp(`[?&]q=${SHORT_NAME}`));

  // The customer's page links to its entries, the create among them.
  const list = (await (await admin.request.get(`${rig.consoleUrl}/api/v3/customer`)).json()) as { UmpCustomerGuid: string; CustomerShortName: string }[];
  const guid = list.find((customer) => customer.CustomerShortName === SHORT_NAME)?.UmpCustomerGuid ?? '';
  expect(guid).not.toBe('');
  await admin.goto(`${rig.consoleUrl}/customers/${guid}`);
  await admin.getByRole('link', { name: 'Changes' }).click();
  await expect(admin).toHaveURL(new RegExp(`/audit\\?guid=${guid}`));
  await expect(admin.getByText(`Customer ${SHORT_NAME}`)).toBeVisible();
  await expect(entries.getByRole('row').filter({ hasText: ONBOARDER.name })).toContainText(SHORT_NAME);

  await admin.getByRole('button', { name: 'Verify the trail' }).click();
  await expect(admin.getByRole('status').getByText(/^The trail is intact: \d+ entr(y|ies) checked/)).toBeVisible();

  const db = new pg.Client({ connectionString: E2E_DATABASE_URL });
  await db.connect();
  try {
    const { rows } = await db.query<{ seq: string }>(`select seq from audit_entry where action = 'create' and short_name = $1`, [SHORT_NAME]);
    const seq = rows[0]?.seq ?? '';
    await db.query(`update audit_entry set actor_name = 'Someone Else' where seq = $1`, [seq]);
    try {
      await admin.getByRole('button', { name: 'Verify the trail' }).click();
      await expect(admin.getByRole('status')).toContainText(`The trail has been tampered with: entry ${seq} was altered.`);
    } finally {
      // Put back, so the shared e2e database's trail stays whole for whoever verifies next.
      await db.query(`update audit_entry set actor_name = $2 where seq = $1`, [seq, ONBOARDER.name]);
    }
  } finally {
    await db.end();
  }
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe on /audit, ${colorScheme}`, async ({ browser }) => {
    const admin = await signedIn(browser, STAFF, '/audit');
    await admin.emulateMedia({ colorScheme });
    await expect(admin.getByRole('table', { name: 'Audit entries' }).getByRole('row').nth(1)).toBeVisible();
    await admin.getByRole('button', { name: 'Verify the trail' }).click();
    await expect(admin.getByRole('status').getByText(/The trail/)).toBeVisible();
    await expectNoSeriousViolations(admin, `/audit ${colorScheme}`);
  });
}
