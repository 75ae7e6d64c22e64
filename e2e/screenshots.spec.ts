/**
 * The look of the three pages people use most, light and dark, against a reviewed baseline
 * (e2e/screenshots.spec.ts-snapshots/). A change of MUI, of the theme or of a string that moves a
 * pixel fails here; when the change is meant, look at the new images and update them with
 * `npx playwright test e2e/screenshots.spec.ts --update-snapshots`.
 */
import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { resetPlatform } from './support/fresh-platform';

const DETAILS_EXAMPLE_GUID = 'a2a3f4c1-38a9-4709-a1be-0c99d02dd5a2';
/** The browser's today: "valid for N more days" counts from it to the example's fixed expiry date. */
const TODAY = new Date('2026-12-02T12:00:00Z');

/**
 * Ages ("read 3 seconds ago", "expired 2 months ago") change with the clock, so every <time> is
 * hidden in a box of one width whatever it says; `toHaveScreenshot` then waits until two shots in a
 * row agree, which is what a person sees once the page has settled.
 */
const HIDE_AGES = fileURLToPath(new URL('./support/screenshot-hide-ages.css', import.meta.url));

async function expectLooksAsReviewed(page: Page, name: string): Promise<void> {
  await expect(page).toHaveScreenshot(name, { fullPage: true, animations: 'disabled', caret: 'hide', stylePath: HIDE_AGES });
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} theme`, () => {
    test.beforeEach(async ({ page, request }) => {
      await resetPlatform(request);
      await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
      await page.clock.setFixedTime(TODAY);
    });

    test('services list', async ({ page }) => {
      await page.goto('/');
      await expect(page.getByRole('link', { name: 'BB175Plus', exact: true })).toBeVisible();
      // The Health column is filled from a second answer: wait until no cell still says so.
      await expect(page.getByRole('table').getByText('Loading…')).toHaveCount(0);
      await expectLooksAsReviewed(page, `services-${colorScheme}.png`);
    });

    test('customer details', async ({ page }) => {
      await page.goto(`/customers/${DETAILS_EXAMPLE_GUID}`);
      await expect(page.getByRole('heading', { level: 1, name: 'BradOCDev1' })).toBeVisible();
      await expect(page.getByRole('region', { name: 'OVOC health' })).toContainText('No OVOC service found');
      await expectLooksAsReviewed(page, `customer-${colorScheme}.png`);
    });

    test('onboarding wizard, first step', async ({ page }) => {
      // The Channel id hint names the channels learnt from the OVOC customers opened in this console:
      // open one first, so the page looks the same whichever tests ran before.
      await page.goto('/health');
      await page.getByRole('button', { name: 'OVOC customer 79192 of customera-dm' }).click();
      await expect(page.getByRole('dialog', { name: 'customera-dm' }).getByText('Attached services')).toBeVisible();
      await page.goto('/customers/new');
      await expect(page.getByRole('heading', { level: 2, name: 'Customer' })).toBeVisible();
      await expectLooksAsReviewed(page, `wizard-${colorScheme}.png`);
    });
  });
}
