/**
 * Writes are never doubled: whatever the person does (double click, Enter twice) and whatever the
 * network does (slow, timed out, failed), the simulator receives one DELETE or one POST.
 * The wizard's double click on "Create customer" is in onboarding.spec.ts.
 */
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { E2E_SIM_URL } from '../playwright.config';

/** BB175Plus, a customer of the documented list. */
const GUID = 'f1d30c8d-5f44-451e-9257-2318808ba0df';
const NAME = 'BB175Plus';

interface SimRequest {
  method: string;
  path: string;
}

async function received(request: APIRequestContext, method: string): Promise<string[]> {
  const { requests } = (await (await request.get(`${E2E_SIM_URL}/__sim/requests`)).json()) as { requests: SimRequest[] };
  return requests.filter((r) => r.method === method).map((r) => r.path);
}

async function fault(request: APIRequestContext, data: { route: string; status?: number; delayMs?: number; times?: number }) {
  expect((await request.post(`${E2E_SIM_URL}/__sim/faults`, { data })).ok()).toBe(true);
}

async function openDeleteDialog(page: Page) {
  await page.goto(`/customers/${GUID}`);
  await page.getByRole('button', { name: 'Delete service' }).click();
  const dialog = page.getByRole('dialog', { name: `Delete service ${NAME}?` });
  await dialog.getByLabel(`Type ${NAME} to confirm`).fill(NAME);
  return dialog;
}

test.beforeEach(async ({ request }) => {
  expect((await request.post(`${E2E_SIM_URL}/__sim/reset`)).ok()).toBe(true);
});

test('a double click on "Delete service" sends one DELETE', async ({ page, request }) => {
  // A slow platform keeps the first DELETE in flight while the second click lands.
  await fault(request, { route: 'DELETE /api/v2/customer/:guid', delayMs: 1000, times: 1 });
  const dialog = await openDeleteDialog(page);
  await dialog.getByRole('button', { name: 'Delete service' }).dblclick();
  await expect(page.getByText(`Service ${NAME} was deleted.`)).toBeVisible();
  expect(await received(request, 'DELETE')).toEqual([`/api/v2/customer/${GUID}`]);
});

test('Enter pressed twice in the confirmation sends one DELETE', async ({ page, request }) => {
  // Slow, but well inside the console's 5 s upstream timeout (playwright.config.ts).
  await fault(request, { route: 'DELETE /api/v2/customer/:guid', delayMs: 2000, times: 1 });
  const dialog = await openDeleteDialog(page);
  await dialog.getByLabel(`Type ${NAME} to confirm`).press('Enter');
  // The second Enter straight from the keyboard, as a person's: finding the field again first took
  // longer than the slow DELETE on a loaded machine, and the dialog had closed.
  await page.keyboard.press('Enter');
  await expect(page.getByText(`Service ${NAME} was deleted.`)).toBeVisible();
  expect(await received(request, 'DELETE')).toEqual([`/api/v2/customer/${GUID}`]);
});

test('a DELETE that times out is not sent again: the dialog says the outcome is unknown and only leads back', async ({ page, request }) => {
  // No status: the platform deletes, but answers after 8 s; our server gives up after 5 s (504).
  await fault(request, { route: 'DELETE /api/v2/customer/:guid', delayMs: 8000, times: 1 });
  const dialog = await openDeleteDialog(page);
  await dialog.getByRole('button', { name: 'Delete service' }).click();
  const alert = dialog.getByRole('alert');
  await expect(alert).toContainText('Live Platform did not answer in time');
  await expect(alert).toContainText('may or may not have been deleted');
  await expect(dialog.getByRole('button', { name: 'Delete service' })).toHaveCount(0);

  await dialog.getByRole('button', { name: 'Back to services' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Services' })).toBeVisible();
  // Once the platform finished, the list shows the truth, and still only one DELETE was ever sent.
  await expect
    .poll(async () => {
      await page.getByRole('button', { name: 'Refresh' }).click();
      return page.getByRole('link', { name: NAME, exact: true }).count();
    })
    .toBe(0);
  expect(await received(request, 'DELETE')).toEqual([`/api/v2/customer/${GUID}`]);
});

test('a DELETE answered 500 is shown with its ticket and never retried', async ({ page, request }) => {
  await fault(request, { route: 'DELETE /api/v2/customer/:guid', status: 500, times: 1 });
  const dialog = await openDeleteDialog(page);
  await dialog.getByRole('button', { name: 'Delete service' }).click();
  const alert = dialog.getByRole('alert');
  await expect(alert).toContainText('Internal server error or communication error with Live Platform portal');
  await expect(alert.locator('code')).toHaveText(/^[0-9a-f-]{36}$/);
  // The error is shown only once every attempt is over, so the count is final here; and it stays
  // one after the person's next steps (closing the dialog, reloading the list).
  expect(await received(request, 'DELETE')).toEqual([`/api/v2/customer/${GUID}`]);
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Services' })).toBeVisible();
  expect(await received(request, 'DELETE')).toEqual([`/api/v2/customer/${GUID}`]);
});
