/**
 * The onboarding wizard end to end: Chromium -> our server (live mode, 5 s upstream timeout) ->
 * the HTTP simulator. What the platform received is read back from the simulator's request log.
 */
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { E2E_SIM_URL } from '../playwright.config';
import { findCustomer } from './support/services-list';

/** The "Example Body" of the vendor's Create Essentials Customer page, verbatim. */
const exampleBody = {
  shortName: 'SaraTest1',
  fullName: 'SaraTest1',
  siteLocation: { sbcId: 5, sbcOnboardingScript: 10007, sbcCleanupScript: 10700 },
  ovocCustomerType: 'IPGROUP_TYPE',
  msTenantId: '4bf50a33-a383-4d3f-9403-220c898bc1b2',
  scriptParameters: {
    CacProfile: '5 sessions',
    ProxySet: 'SIPTrunk',
    OnlinePstnGateway: 'BradDRService.sandbox2.audiocodes.be',
    additionalProp1: 'Service Provider2 SBC',
  },
};

interface SimRequest {
  method: string;
  path: string;
  body: string;
}

async function createPosts(request: APIRequestContext): Promise<SimRequest[]> {
  const response = await request.get(`${E2E_SIM_URL}/__sim/requests`);
  const { requests } = (await response.json()) as { requests: SimRequest[] };
  return requests.filter((r) => r.method === 'POST' && r.path.split('?')[0] === '/api/v2/customer');
}

/** A form field by its label, with or without the required marker. */
const field = (page: Page, label: string) => page.getByLabel(new RegExp(`^${label}(\\s*\\*)?$`));

async function fillCustomer(page: Page, shortName = 'SaraTest1', tenant = exampleBody.msTenantId) {
  await field(page, 'Short name').fill(shortName);
  await field(page, 'Full name').fill('SaraTest1');
  await field(page, 'Microsoft tenant id').fill(tenant);
  await page.getByRole('radio', { name: /IP Group/ }).check();
}

async function next(page: Page, heading: string) {
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByRole('heading', { level: 2, name: heading })).toBeVisible();
}

/** The create page's example, step by step, up to the review. */
async function fillExample(page: Page) {
  await fillCustomer(page);
  await next(page, 'SIP connection');
  await field(page, 'SBC').fill('5');
  await field(page, 'Onboarding script').fill('10007');
  await field(page, 'Cleanup script').fill('10700');
  await next(page, 'Script parameters');
  await field(page, 'CAC profile').fill('5 sessions');
  await field(page, 'Proxy set').fill('SIPTrunk');
  await field(page, 'Online PSTN gateway').fill('BradDRService.sandbox2.audiocodes.be');
  await field(page, 'Additional property 1').fill('Service Provider2 SBC');
  await next(page, 'Review');
}

test.beforeEach(async ({ page, request }) => {
  expect((await request.post(`${E2E_SIM_URL}/__sim/reset`)).ok()).toBe(true);
  // A reload with a draft asks first (beforeunload); these tests mean to leave.
  page.on('dialog', (dialog) => void dialog.accept());
  await page.goto('/customers/new');
  await expect(page.getByRole('heading', { level: 2, name: 'Customer' })).toBeVisible();
});

test('refuses every kind of invalid short name with its message', async ({ page }) => {
  const shortName = field(page, 'Short name');
  const cases: Array<[string, string]> = [
    ['ab', 'Short name must be at least 3 characters'],
    ['abcdefghijklmnop', 'Short name must be at most 15 characters'],
    ['Contoso|Ltd', 'Short name cannot contain any of \\ / : * ? " < > |'],
    ['Contoso.Ltd', 'Short name cannot contain a dot (.)'],
    ['Contoso Ltd', 'Short name cannot contain spaces or other white space'],
  ];
  for (const [value, message] of cases) {
    await shortName.fill(value);
    await expect(page.getByText(message, { exact: true })).toBeVisible();
  }
  // BBEssentials is listed for this tenant; the check ignores case.
  await fillCustomer(page, 'bbessentials', '7e24d47c-eb72-439a-84e4-aea1bdb1eed9');
  await expect(page.getByText('A customer named "bbessentials" already exists in this Microsoft tenant')).toBeVisible();
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(shortName).toBeFocused();
  await expect(page.getByRole('heading', { level: 2, name: 'Customer' })).toBeVisible();
});

test('a full run posts exactly the documented body and the new customer is listed', async ({ page, request }) => {
  await fillExample(page);
  await page.getByRole('button', { name: 'Create customer' }).click();
  await expect(page.getByText('Customer SaraTest1 created')).toBeVisible();
  await expect(page.getByRole('list', { name: 'Deployment progress' }).getByRole('listitem')).toHaveCount(5);

  const posts = await createPosts(request);
  expect(posts).toHaveLength(1);
  expect(JSON.parse(posts[0]?.body ?? 'null')).toEqual(exampleBody);

  await page.getByRole('link', { name: 'Back to services' }).click();
  await findCustomer(page, 'SaraTest1');
});

test('a reload mid-wizard keeps the draft but not the password', async ({ page }) => {
  await fillCustomer(page);
  await next(page, 'SIP connection');
  await field(page, 'SBC').fill('5');
  await field(page, 'Onboarding script').fill('10007');
  await field(page, 'Cleanup script').fill('10700');
  await next(page, 'Script parameters');
  await field(page, 'Carrier password').fill('S3cret!');
  await field(page, 'Carrier user name').fill('carrier-user');

  await page.reload();
  await expect(page.getByRole('heading', { level: 2, name: 'Script parameters' })).toBeVisible();
  await expect(field(page, 'Carrier user name')).toHaveValue('carrier-user');
  await expect(field(page, 'Carrier password')).toHaveValue('');
  await expect(page.getByText(/The carrier password is never saved/)).toBeVisible();
  expect(await page.evaluate(() => JSON.stringify(sessionStorage))).not.toContain('S3cret!');
  await page.getByRole('tab', { name: 'Customer, complete' }).click();
  await expect(field(page, 'Short name')).toHaveValue('SaraTest1');
});

test('a double click creates the customer once', async ({ page, request }) => {
  await fillExample(page);
  await page.getByRole('button', { name: 'Create customer' }).dblclick();
  await expect(page.getByText('Customer SaraTest1 created')).toBeVisible();
  expect(await createPosts(request)).toHaveLength(1);
});

test('after a timeout the list is checked and the customer found, not created again', async ({ page, request }) => {
  // No status: the simulator does the work but answers after 8 s; our server gives up after 5 s (504).
  const fault = await request.post(`${E2E_SIM_URL}/__sim/faults`, {
    data: { route: 'POST /api/v2/customer', delayMs: 8000, times: 1 },
  });
  expect(fault.ok()).toBe(true);
  await fillExample(page);
  await page.getByRole('button', { name: 'Create customer' }).click();
  await expect(page.getByText('Checking whether SaraTest1 was created…')).toBeVisible();
  await expect(page.getByText('A customer named SaraTest1 now exists: it was created')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Open SaraTest1' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Create customer' })).toHaveCount(0);
  expect(await createPosts(request)).toHaveLength(1);
});
