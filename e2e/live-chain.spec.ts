import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { E2E_CLIENT_SECRET, E2E_DIST_DIR } from '../playwright.config';
import { recordResponses } from './support/record-responses';
import { findCustomer } from './support/services-list';

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(entries.map((e) => (e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)])));
  return nested.flat();
}

test('the services list arrives through server, token and simulator, and the secret never reaches the browser', async ({ page }) => {
  const bodies = recordResponses(page);

  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Services' })).toBeVisible();
  // Rows from the documented example, as they came: a Hosted Essentials Plus and an OC Essentials customer.
  await findCustomer(page, 'BB175Plus');
  await findCustomer(page, 'AudioCodesUS');
  // Live mode: no demo badge.
  await expect(page.getByText('Demo data')).toHaveCount(0);

  expect(bodies.some((b) => b.url.endsWith('/api/v3/customer'))).toBe(true);
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
