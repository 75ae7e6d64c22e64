/**
 * axe-core on every page and state a person meets, in the light and the dark theme (the app
 * follows the system's colour scheme): no serious or critical violation anywhere on the page.
 */
import { expect, test, type Page } from '@playwright/test';
import { E2E_SIM_URL } from '../playwright.config';
import { expectNoSeriousViolations } from './support/axe';

const DETAILS_EXAMPLE_GUID = 'a2a3f4c1-38a9-4709-a1be-0c99d02dd5a2';

const field = (page: Page, label: string) => page.getByLabel(new RegExp(`^${label}(\\s*\\*)?$`));

async function nextStep(page: Page, heading: string) {
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByRole('heading', { level: 2, name: heading })).toBeVisible();
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} theme`, () => {
    test.beforeEach(async ({ page, request }) => {
      expect((await request.post(`${E2E_SIM_URL}/__sim/reset`)).ok()).toBe(true);
      await page.emulateMedia({ colorScheme });
      page.on('dialog', (dialog) => void dialog.accept());
    });

    // One page a test: axe on a whole page is heavy, and a loaded machine must not push one test past its budget.
    test('services list', async ({ page }) => {
      await page.goto('/');
      await expect(page.getByRole('link', { name: 'BB175Plus', exact: true })).toBeVisible();
      // The app follows the system: the page really is drawn in the scheme under test.
      const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      expect(background).toBe(colorScheme === 'dark' ? 'rgb(18, 18, 18)' : 'rgb(255, 255, 255)');
      await expectNoSeriousViolations(page, 'services list');
    });

    test('customer details', async ({ page }) => {
      await page.goto(`/customers/${DETAILS_EXAMPLE_GUID}`);
      await expect(page.getByRole('heading', { level: 1, name: 'BradOCDev1' })).toBeVisible();
      await expect(page.getByRole('region', { name: 'OVOC health' })).toContainText('No OVOC service found');
      await expectNoSeriousViolations(page, 'customer details');
    });

    test('the 404 page', async ({ page }) => {
      await page.goto('/no/such/page');
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expectNoSeriousViolations(page, '404 page');
    });

    test('customer details with a forced 500', async ({ page, request }) => {
      await request.post(`${E2E_SIM_URL}/__sim/faults`, { data: { route: 'GET /api/v3/customer/:guid', status: 500, times: 1 } });
      await page.goto(`/customers/${DETAILS_EXAMPLE_GUID}`);
      await expect(page.getByRole('alert').filter({ hasText: 'Failed to retrieve customer information' })).toBeVisible();
      await expectNoSeriousViolations(page, 'details error state');
    });

    test('health with a row expanded', async ({ page }) => {
      await page.goto('/health');
      await page.getByRole('button', { name: 'Details of customera-dm', exact: true }).click();
      await expect(page.getByRole('table', { name: 'All parameters, as sent' })).toBeVisible();
      await expectNoSeriousViolations(page, 'health, row expanded');
    });

    test('health with the customer drawer open', async ({ page }) => {
      await page.goto('/health');
      await page.getByRole('button', { name: 'OVOC customer 79192 of customera-dm' }).click();
      await expect(page.getByRole('dialog', { name: 'customera-dm' }).getByText('Attached services')).toBeVisible();
      await expectNoSeriousViolations(page, 'health, customer drawer open');
    });

    test('the onboarding wizard, step 1 as first seen and with its errors', async ({ page }) => {
      await page.goto('/customers/new');
      await expect(page.getByRole('heading', { level: 2, name: 'Customer' })).toBeVisible();
      await expectNoSeriousViolations(page, 'wizard step 1');
      await page.getByRole('button', { name: 'Next' }).click();
      await expect(field(page, 'Short name')).toBeFocused();
      await expectNoSeriousViolations(page, 'wizard step 1 with errors');
    });

    async function toSipStep(page: Page) {
      await page.goto('/customers/new');
      await field(page, 'Short name').fill('A11yCheck1');
      await field(page, 'Microsoft tenant id').fill('4bf50a33-a383-4d3f-9403-220c898bc1b2');
      await page.getByRole('radio', { name: /IP Group/ }).check();
      await nextStep(page, 'SIP connection');
      await field(page, 'SBC').fill('5');
      await field(page, 'Onboarding script').fill('10007');
      await field(page, 'Cleanup script').fill('10700');
    }

    test('the onboarding wizard, steps 2 and 3', async ({ page }) => {
      await toSipStep(page);
      await expectNoSeriousViolations(page, 'wizard step 2');
      await nextStep(page, 'Script parameters');
      await expectNoSeriousViolations(page, 'wizard step 3');
    });

    test('the onboarding wizard, step 4', async ({ page }) => {
      await toSipStep(page);
      await nextStep(page, 'Script parameters');
      await nextStep(page, 'Review');
      await expectNoSeriousViolations(page, 'wizard step 4');
    });
  });
}
