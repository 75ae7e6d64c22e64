/**
 * Staff sign-in in a real Chromium: a local OpenID Connect provider stands in for Entra ID, and a
 * second console (live mode against its own simulator, sign-in configured) runs on free ports
 * beside the shared e2e servers, which have no sign-in; all three live in one child process
 * (server/testing/sign-in-rig-main.ts). The built SPA comes from E2E_DIST_DIR.
 */
import { resolve } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { E2E_DIST_DIR, E2E_DATABASE_URL } from '../playwright.config';
import { STAFF } from '../server/testing/test-accounts';
import { spawnSignInRig, type RigProcess } from '../server/testing/rig-process';

let rig: RigProcess;

test.beforeAll(async () => {
  rig = await spawnSignInRig(resolve(E2E_DIST_DIR), E2E_DATABASE_URL);
});
test.afterAll(async () => {
  await rig.close();
});

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const providerLogin = () => new RegExp(`^${escape(rig.issuer)}/interaction/`);

async function logIn(page: Page) {
  await expect(page).toHaveURL(providerLogin());
  await page.getByPlaceholder('Enter any login').fill(STAFF.id);
  await page.getByPlaceholder('and password').fill('any password');
  await page.getByRole('button', { name: 'Sign-in' }).click();
}

test('an unauthenticated visit goes to the provider; staff sign in, see the services and their name, and sign out', async ({ page }) => {
  await page.goto(`${rig.consoleUrl}/`);
  await logIn(page);

  await expect(page).toHaveURL(`${rig.consoleUrl}/`);
  await expect(page.getByRole('heading', { name: 'Services' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'BB175Plus' })).toBeVisible();
  const banner = page.getByRole('banner');
  await expect(banner.getByText(STAFF.name)).toBeVisible();

  await banner.getByRole('button', { name: 'Sign out' }).click();
  // The provider asks to end its own session too, then sends the browser back to the console,
  // which, with no session any more, sends it to sign in again.
  await page.getByRole('button', { name: 'Yes, sign me out' }).click();
  await expect(page).toHaveURL(providerLogin());
  const me = await page.request.get(`${rig.consoleUrl}/api/console/me`);
  expect(me.status()).toBe(401);
});

test('after the session expires, the next call goes through sign-in and back to the same page', async ({ page }) => {
  await page.goto(`${rig.consoleUrl}/`);
  await logIn(page);
  await expect(page.getByRole('link', { name: 'BB175Plus' })).toBeVisible();

  await page.getByRole('searchbox', { name: 'Search' }).fill('BB175');
  await expect(page).toHaveURL(`${rig.consoleUrl}/?q=BB175`);

  // The next data call after expiry is refused, which sends the whole page through sign-in; the
  // provider still knows the person, so no form this time, and the console returns to the same view
  // with its filter. (Refresh, not a click to Health: the list already fetched what Health shows.)
  const signInHop = page.waitForRequest((request) => request.url() === `${rig.consoleUrl}/auth/login?returnTo=%2F%3Fq%3DBB175`);
  await rig.advanceClock(31 * 60_000);
  await page.getByRole('button', { name: 'Refresh' }).click();
  await signInHop;
  await expect(page).toHaveURL(`${rig.consoleUrl}/?q=BB175`);
  await expect(page.getByRole('link', { name: 'BB175Plus' })).toBeVisible();
  await expect(page.getByRole('banner').getByText(STAFF.name)).toBeVisible();
});

test('a reload after expiry keeps the onboarding draft', async ({ page }) => {
  await page.goto(`${rig.consoleUrl}/customers/new`);
  await logIn(page);
  const shortName = page.getByLabel(/^Short name(\s*\*)?$/);
  await shortName.fill('DraftKept1');

  await rig.advanceClock(31 * 60_000);
  // The wizard asks before a reload with a draft; the person confirms.
  page.on('dialog', (dialog) => void dialog.accept());
  const signInHop = page.waitForRequest((request) => request.url() === `${rig.consoleUrl}/auth/login?returnTo=%2Fcustomers%2Fnew`);
  await page.reload();
  await signInHop;
  await expect(page).toHaveURL(`${rig.consoleUrl}/customers/new`);
  await expect(page.getByLabel(/^Short name(\s*\*)?$/)).toHaveValue('DraftKept1');
});
