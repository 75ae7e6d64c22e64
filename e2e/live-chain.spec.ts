import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { E2E_CLIENT_SECRET, E2E_DIST_DIR, E2E_SIM_URL } from '../playwright.config';
import { recordResponses } from './support/record-responses';
import { findCustomer } from './support/services-list';

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(entries.map((e) => (e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)])));
  return nested.flat();
}

test('the services list arrives through server, token and simulator, and the secret never reaches the browser', async ({ page, request }) => {
  const bodies = recordResponses(page);

  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Services' })).toBeVisible();
  // Rows from the documented example, as they came: a Hosted Essentials Plus and an OC Essentials customer.
  await findCustomer(page, 'BB175Plus');
  await findCustomer(page, 'AudioCodesUS');
  // Live mode: no demo badge.
  await expect(page.getByText('Demo data')).toHaveCount(0);

  // The page reads the server's snapshot, which the server's mirror took from the simulator's list with its token.
  expect(bodies.some((b) => b.url.endsWith('/api/console/services') && b.body.includes('BB175Plus'))).toBe(true);
  const simRequests = async () => ((await (await request.get(`${E2E_SIM_URL}/__sim/requests`)).json()) as { requests: Array<{ method: string; path: string }> }).requests;
  // The poller reads every few seconds; the log may have been emptied by an earlier test.
  await expect.poll(async () => (await simRequests()).some((r) => r.method === 'GET' && r.path === '/api/v3/customer')).toBe(true);
  // The browser never calls the vendor's list itself any more.
  expect(bodies.filter((b) => new URL(b.url).pathname === '/api/v3/customer')).toEqual([]);
  for (const body of bodies) {
    expect(body.body, body.url).not.toContain(E2E_CLIENT_SECRET);
    expect(body.headers, body.url).not.toContain(E2E_CLIENT_SECRET);
  }
});

test('no file of the production build contains the client secret', async () => {
  const files = await filesUnder(E2E_DIST_DIR);
  expect(files.length).toBeGreaterThan(2);
  for (const file of files) {
    expect(await readFile(file, 'utf8'), file).not.toContain(E2E_CLIENT_SECRET);
  }
});
