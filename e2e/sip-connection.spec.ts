/**
 * A SIP connection's own page and the wizard's picks, end to end: Chromium -> our server (live mode) -> the
 * HTTP simulator, whose Bearer check every call passes. What the platform received is read back from the
 * simulator's request log; what the browser received is every /api answer the page got.
 */
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import pg from 'pg';
import { E2E_DATABASE_URL, E2E_SIM_URL } from '../playwright.config';
import { expectNoSeriousViolations } from './support/axe';

const CUSTOMER = 'a2a3f4c1-38a9-4709-a1be-0c99d02dd5a2';
const SITE = 'ccc7deb3-b118-4f29-9d3f-6446513130b0';
/** The carrier password of the vendor's Get SIP Connections example. */
const CARRIER_PASSWORD = 'Site2#%00500';

const field = (page: Page, label: string) => page.getByLabel(new RegExp(`^${label}(\\s*\\*)?$`));

/** Every /api answer's body the browser receives, to prove what never reaches it. */
function recordApiBodies(page: Page): string[] {
  const bodies: string[] = [];
  page.on('response', (response) => {
    if (new URL(response.url()).pathname.startsWith('/api/')) void response.text().then((text) => bodies.push(text), () => undefined);
  });
  return bodies;
}

async function createPosts(request: APIRequestContext) {
  const { requests } = (await (await request.get(`${E2E_SIM_URL}/__sim/requests`)).json()) as { requests: Array<{ method: string; path: string; body: string }> };
  return requests.filter((r) => r.method === 'POST' && r.path.split('?')[0] === '/api/v2/customer').map((r) => JSON.parse(r.body) as { siteLocation: unknown });
}

async function toSipStep(page: Page) {
  await page.goto('/customers/new');
  await field(page, 'Short name').fill('SipPick1');
  await field(page, 'Microsoft tenant id').fill('4bf50a33-a383-4d3f-9403-220c898bc1b2');
  await page.getByRole('radio', { name: /IP Group/ }).check();
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'SIP connection' })).toBeVisible();
}

async function finishWizard(page: Page) {
  for (const heading of ['Script parameters', 'Review']) {
    await page.getByRole('button', { name: 'Next' }).click();
    await expect(page.getByRole('heading', { level: 2, name: heading })).toBeVisible();
  }
  await page.getByRole('button', { name: 'Create customer' }).click();
  await expect(page.getByText('Customer SipPick1 created')).toBeVisible();
}

test.beforeEach(async ({ request, page }) => {
  expect((await request.post(`${E2E_SIM_URL}/__sim/reset`)).ok()).toBe(true);
  await request.delete(`${E2E_SIM_URL}/__sim/requests`);
  page.on('dialog', (dialog) => void dialog.accept());
});

test('opens a SIP connection from the customer page; the carrier password shows "set" and reaches no response', async ({ page }) => {
  const bodies = recordApiBodies(page);
  await page.goto(`/customers/${CUSTOMER}`);
  await page.getByRole('table', { name: 'SIP connections' }).getByRole('link', { name: 'GSDBFWQOQNKSC' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'DR94Site2' })).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`/customers/${CUSTOMER}/sip/${SITE}$`));
  const variables = page.getByRole('table', { name: 'SBC scripts: customer variables' });
  await expect(variables.getByRole('row', { name: 'CarrierUserPassword set' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'SBC scripts' })).toContainText('sbc-scenario7 (ID 7)');
  await expect(page.getByRole('region', { name: 'SBC scripts' })).toContainText('sbc-scenario7Cleanup (ID 700)');
  await expect(page.getByRole('table', { name: 'Dial plan rules' })).toContainText('+97239753000');
  expect(bodies.some((body) => body.includes('CarrierUserPassword'))).toBe(true);
  expect(bodies.filter((body) => body.includes(CARRIER_PASSWORD))).toEqual([]);
  await expect(page.locator('body')).not.toContainText(CARRIER_PASSWORD);
});

test('no row of the store holds the carrier password, once the page and the wizard\'s SBC suggestions have read it', async ({ page }) => {
  await page.goto(`/customers/${CUSTOMER}/sip/${SITE}`);
  await expect(page.getByRole('table', { name: 'SBC scripts: customer variables' }).getByRole('row', { name: 'CarrierUserPassword set' })).toBeVisible();
  // The SBC suggestions come from the server's read of every SIP connection (customer variables included).
  await toSipStep(page);
  await field(page, 'SBC').click();
  await expect(page.getByRole('option', { name: /^SBC 8 · / })).toBeVisible();
  const db = new pg.Client({ connectionString: E2E_DATABASE_URL });
  await db.connect();
  try {
    const tables = await db.query<{ name: string }>("select table_name as name from information_schema.tables where table_schema = 'public'");
    expect(tables.rows.map((table) => table.name)).toContain('snapshot');
    for (const { name } of tables.rows) {
      const rows = await db.query<{ row: string }>(`select t::text as row from "${name}" t`);
      expect(rows.rows.filter((row) => row.row.includes(CARRIER_PASSWORD)), name).toEqual([]);
    }
  } finally {
    await db.end();
  }
});

test('opens a SIP connection from a pasted link and searches its dial plan', async ({ page }) => {
  await page.goto(`/customers/${CUSTOMER}/sip/${SITE}`);
  await expect(page.getByRole('heading', { level: 1, name: 'DR94Site2' })).toBeVisible();
  const rules = page.getByRole('table', { name: 'Dial plan rules' });
  await expect(rules.getByRole('row', { name: /GSBFZUBGHWOFI/ })).toBeVisible();
  await page.getByRole('searchbox', { name: 'Search rules' }).fill('GSBFZUBGHWOFI');
  await expect(rules.getByRole('row')).toHaveCount(2);
  await expect(page.getByRole('link', { name: 'Back to BradOCDev1' })).toBeVisible();
});

test('the wizard posts the script pair chosen by name', async ({ page, request }) => {
  await toSipStep(page);
  await field(page, 'SBC').click();
  await page.getByRole('option', { name: /^SBC 8 · oc1\.sandbox2\.audiocodes\.be · \d+ connections?$/ }).click();
  await field(page, 'Onboarding script').click();
  await page.getByRole('option', { name: 'sbc-scenario8 (ID 8)' }).click();
  await expect(field(page, 'Cleanup script')).toHaveValue('sbc-scenario8Cleanup (ID 800)');
  await finishWizard(page);
  expect((await createPosts(request)).map((body) => body.siteLocation)).toEqual([{ sbcId: 8, sbcOnboardingScript: 8, sbcCleanupScript: 800 }]);
});

test('a failing script-templates call leaves free entry working and says why', async ({ page, request }) => {
  await request.post(`${E2E_SIM_URL}/__sim/faults`, { data: { route: 'GET /api/v2/scripttemplates', status: 503 } });
  await toSipStep(page);
  await expect(page.getByText(/The script templates could not be loaded/).first()).toBeVisible();
  await field(page, 'SBC').fill('5');
  await field(page, 'Onboarding script').fill('10007');
  await field(page, 'Cleanup script').fill('10700');
  await finishWizard(page);
  expect((await createPosts(request)).map((body) => body.siteLocation)).toEqual([{ sbcId: 5, sbcOnboardingScript: 10007, sbcCleanupScript: 10700 }]);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`axe, ${colorScheme} theme`, () => {
    // axe on a shared 2-core machine: a ceiling, not a measurement.
    test.slow();
    test.beforeEach(async ({ page }) => {
      await page.emulateMedia({ colorScheme });
    });

    test('the SIP connection page', async ({ page }) => {
      await page.goto(`/customers/${CUSTOMER}/sip/${SITE}`);
      await expect(page.getByRole('table', { name: 'Dial plan rules' })).toBeVisible();
      await expect(page.getByRole('region', { name: 'SBC scripts' })).toContainText('sbc-scenario7 (ID 7)');
      await expectNoSeriousViolations(page, 'SIP connection page');
    });

    test("the wizard's SIP and script steps with their suggestions", async ({ page }) => {
      await toSipStep(page);
      await field(page, 'Onboarding script').click();
      await page.getByRole('option', { name: 'sbc-scenario7 (ID 7)' }).click();
      await expect(field(page, 'Cleanup script')).toHaveValue('sbc-scenario7Cleanup (ID 700)');
      await field(page, 'SBC').click();
      await expect(page.getByRole('option').first()).toBeVisible();
      await expectNoSeriousViolations(page, 'wizard SIP step with suggestions open');
      await page.keyboard.press('Escape');
      await field(page, 'SBC').fill('8');
      await page.getByRole('button', { name: 'Next' }).click();
      await expect(page.getByRole('heading', { level: 2, name: 'Script parameters' })).toBeVisible();
      await expectNoSeriousViolations(page, 'wizard script step');
    });
  });
}
