/**
 * The shared, live picture (issue 15), through the real chain: Chromium -> our server (mirror,
 * store, SSE) -> token -> the HTTP simulator. A status flipped at the simulator reaches an open
 * Health page without a reload; a created customer is in the list at once; an unchanged snapshot
 * revalidates as a 304.
 */
import { expect, test } from '@playwright/test';
import { E2E_SIM_URL } from '../playwright.config';

test.beforeEach(async ({ request }) => {
  expect((await request.post(`${E2E_SIM_URL}/__sim/reset`)).ok()).toBe(true);
});

/** Ask our server to read the Live Platform now (what the Refresh button does), as a same-origin call. */
async function askRefresh(request: import('@playwright/test').APIRequestContext, baseURL: string) {
  const answer = await request.post('/api/console/refresh', { headers: { Origin: baseURL } });
  expect(answer.status()).toBe(202);
}

test('a status flipped at the simulator appears on an open Health page without reload, with its since', async ({ page, request, baseURL }) => {
  await page.goto('/health');
  await expect(page.getByRole('table', { name: 'OVOC services' })).toBeVisible();
  // Live: the page is connected to the server's event stream.
  await expect(page.getByText(/· live$/)).toBeVisible();
  let navigations = 0;
  page.on('framenavigated', () => (navigations += 1));

  const flipped = await request.post(`${E2E_SIM_URL}/__sim/ovoc-status/flip`);
  expect(flipped.ok()).toBe(true);
  const flip = (await flipped.json()) as { id: number; from: string | null; to: string };
  await askRefresh(request, baseURL ?? '');

  const row = page.getByRole('table', { name: 'OVOC services' }).locator(`tbody[data-row-key="${flip.id}"]`).getByRole('row').first();
  await expect(row.getByRole('cell').nth(1)).toContainText(new RegExp(flip.to, 'i'));
  // A recorded change: "since" without "at least".
  await expect(row.getByRole('cell').nth(2)).toHaveText(/^since (?!at least)/);
  expect(navigations).toBe(0);

  await page.getByRole('button', { name: 'Changed in the last 24 hours' }).click();
  await expect(page.getByRole('list', { name: 'Status changes in the last 24 hours' }).getByRole('listitem').first()).toBeVisible();
});

test('an unchanged snapshot revalidates as a 304 with no body', async ({ request }) => {
  const first = await request.get('/api/console/health');
  expect(first.status()).toBe(200);
  const etag = first.headers()['etag'];
  expect(etag).toBeTruthy();
  const again = await request.get('/api/console/health', { headers: { 'If-None-Match': etag ?? '' } });
  expect(again.status()).toBe(304);
  expect(await again.body()).toHaveLength(0);
});
