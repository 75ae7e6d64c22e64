/**
 * The request id on a person's error panel finds the failed call everywhere: in the console
 * server's log and in the request the Live Platform (the simulator) received.
 */
import { expect, test } from '@playwright/test';
import { E2E_SIM_URL } from '../playwright.config';
import { startConsoleProcess, type ConsoleProcess } from './support/console-process';

const DETAILS_EXAMPLE_GUID = 'a2a3f4c1-38a9-4709-a1be-0c99d02dd5a2';

let server: ConsoleProcess;

test.beforeAll(async () => {
  // A console of this spec's own, so its log lines can be read.
  server = await startConsoleProcess();
});
test.afterAll(async () => {
  await server.stop();
});

test('the id on a failing page is the one in the server log and at the Live Platform', async ({ page, request }) => {
  expect((await request.post(`${E2E_SIM_URL}/__sim/reset`)).ok()).toBe(true);
  expect((await request.post(`${E2E_SIM_URL}/__sim/faults`, { data: { route: 'GET /api/v3/customer/:guid', status: 500, times: 1 } })).ok()).toBe(true);

  await page.goto(`${server.origin}/customers/${DETAILS_EXAMPLE_GUID}`);
  const alert = page.getByRole('alert').filter({ hasText: 'Failed to retrieve customer information' });
  await expect(alert).toBeVisible();
  await expect(alert.getByRole('button', { name: 'Copy request id' })).toBeVisible();
  const shown = (await alert.locator('dt', { hasText: 'Request id' }).locator('xpath=following-sibling::dd[1]//code').textContent()) ?? '';
  expect(shown).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);

  const received = (await (await request.get(`${E2E_SIM_URL}/__sim/requests`)).json()) as { requests: { path: string; requestId: string | null }[] };
  const upstream = received.requests.filter((entry) => entry.path.startsWith(`/api/v3/customer/${DETAILS_EXAMPLE_GUID}`));
  expect(upstream.map((entry) => entry.requestId)).toContain(shown);

  await expect.poll(() => server.output().split('\n').filter((line) => line.includes(`"requestId":"${shown}"`)).length).toBeGreaterThanOrEqual(2);
  const completed = server.output().split('\n').find((line) => line.includes(`"requestId":"${shown}"`) && line.includes('request completed'));
  expect(completed).toContain('"statusCode":500');
});
