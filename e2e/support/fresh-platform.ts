/**
 * A test's fresh start: the simulator reset, and our server's shared snapshot readable again. The
 * server polls the platform (every 2 s in e2e), so right after a reset the pages may still say "cannot
 * be read" for a fault the previous test injected; that line changes the page's height, so a test that
 * measures the page (a window scroll position, a screenshot) would measure a different page.
 */
import { expect, type APIRequestContext } from '@playwright/test';
import { E2E_SIM_URL } from '../../playwright.config';

async function snapshotStale(request: APIRequestContext): Promise<unknown> {
  const answer = await request.get('/api/console/services');
  expect(answer.ok()).toBe(true);
  return ((await answer.json()) as { meta: { stale: unknown } }).meta.stale;
}

export async function resetPlatform(request: APIRequestContext): Promise<void> {
  expect((await request.post(`${E2E_SIM_URL}/__sim/reset`)).ok()).toBe(true);
  await expect.poll(() => snapshotStale(request), { message: 'the server reads the reset platform' }).toBeNull();
}
