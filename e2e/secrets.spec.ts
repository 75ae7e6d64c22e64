/**
 * Secrets never leave the server: not in the build, not in any response the browser receives
 * (bodies and headers, on every page), not in browser storage, not in the server's own logs.
 *
 * The spec starts its own console process (live mode, LOG_LEVEL=trace) against the e2e simulator so
 * it can read everything the server writes; the tokens to look for come from the simulator
 * (GET /__sim/tokens/last), taken once before and once after a forced token change.
 */
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { E2E_CLIENT_SECRET, E2E_DIST_DIR, E2E_SIM_URL } from '../playwright.config';
import { scanForSecrets } from '../scripts/check-dist-secrets';
import { startConsoleProcess, type ConsoleProcess } from './support/console-process';
import { recordResponses } from './support/record-responses';

const DETAILS_EXAMPLE_GUID = 'a2a3f4c1-38a9-4709-a1be-0c99d02dd5a2';


let server: ConsoleProcess;

test.beforeAll(async () => {
  server = await startConsoleProcess({ LOG_LEVEL: 'trace' });
});
test.afterAll(async () => {
  await server.stop();
});
test.beforeEach(async ({ request }) => {
  expect((await request.post(`${E2E_SIM_URL}/__sim/reset`)).ok()).toBe(true);
});

async function lastToken(request: APIRequestContext): Promise<string> {
  const { token } = (await (await request.get(`${E2E_SIM_URL}/__sim/tokens/last`)).json()) as { token: string | null };
  expect(token, 'the simulator issued a token').toEqual(expect.stringMatching(/^[\w-]{40,}$/));
  return token ?? '';
}


const field = (page: Page, label: string) => page.getByLabel(new RegExp(`^${label}(\\s*\\*)?$`));

async function createCustomerInWizard(page: Page) {
  await page.goto(`${server.origin}/customers/new`);
  await field(page, 'Short name').fill('LeakCheck1');
  await field(page, 'Microsoft tenant id').fill('4bf50a33-a383-4d3f-9403-220c898bc1b2');
  await page.getByRole('radio', { name: /IP Group/ }).check();
  await page.getByRole('button', { name: 'Next' }).click();
  await field(page, 'SBC').fill('5');
  await field(page, 'Onboarding script').fill('10007');
  await field(page, 'Cleanup script').fill('10700');
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Script parameters' })).toBeVisible();
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('button', { name: 'Create customer' }).click();
  await expect(page.getByText('Customer LeakCheck1 created')).toBeVisible();
  // The deployment task has been read (GET /api/v2/task/{id}) once its status is shown.
  await expect(page.getByText('Task status:')).toBeVisible();
}

test('no response on any page, no browser storage and no server log line holds the client secret or a bearer token', async ({ page, request }) => {
  page.on('dialog', (dialog) => void dialog.accept());
  const seen = recordResponses(page);
  // Tokens issued to other consoles earlier stay valid; revoking them makes ours fetch its own now.
  await request.post(`${E2E_SIM_URL}/__sim/tokens/revoke`);

  await page.goto(`${server.origin}/`);
  await expect(page.getByRole('link', { name: 'BB175Plus', exact: true })).toBeVisible();
  const firstToken = await lastToken(request);

  // A refused token mid-session: the server fetches a second one, which must not leak either.
  await request.post(`${E2E_SIM_URL}/__sim/tokens/revoke`);
  await page.goto(`${server.origin}/customers/${DETAILS_EXAMPLE_GUID}`);
  await expect(page.getByRole('heading', { level: 1, name: 'BradOCDev1' })).toBeVisible();
  // The app registration's secret fragment ("~-6") is only ever shown masked.
  const appRegistration = page.getByRole('region', { name: 'App registration' });
  await expect(appRegistration.getByText('~-6••••••••', { exact: true })).toBeVisible();
  await expect(appRegistration.getByText('Starts with ~ - 6, the rest is hidden')).toBeAttached();

  await page.goto(`${server.origin}/health`);
  await page.getByRole('button', { name: 'Details of customera-dm', exact: true }).click();
  await expect(page.getByRole('table', { name: 'All parameters, as sent' })).toBeVisible();
  await page.getByRole('button', { name: 'OVOC customer 79192 of customera-dm' }).click();
  await expect(page.getByRole('dialog', { name: 'customera-dm' }).getByText('Attached services')).toBeVisible();

  await createCustomerInWizard(page);
  const secondToken = await lastToken(request);
  expect(secondToken).not.toBe(firstToken);

  const storage = await page.evaluate(() => JSON.stringify({ local: { ...localStorage }, session: { ...sessionStorage }, cookies: document.cookie }));
  const apiPaths = seen.map((s) => new URL(s.url).pathname).filter((path) => path.startsWith('/api/'));
  // Every read and the create went through, so the bodies searched are the real ones.
  expect(new Set(apiPaths.map((path) => path.replace(/\/([0-9a-f-]{36}|\d+)(?=\/|$)/g, '/:id')))).toEqual(
    new Set([
      '/api/console/info',
      '/api/console/me',
      // The shared snapshot (issue 15): list, Health, histories and the live stream.
      '/api/console/services',
      '/api/console/health',
      '/api/console/events',
      '/api/console/customers/:id/timeline',
      '/api/console/health/:id/timeline',
      '/api/ovoc/v1/topology/services/:id',
      '/api/v3/customer',
      '/api/v3/customer/:id',
      '/api/ovoc/v1/topology/services/',
      '/api/ovoc/v1/topology/customers/:id',
      '/api/v2/customer',
      '/api/v2/task/:id',
      // The wizard's lookups (issue 18).
      '/api/console/onboarding/suggestions',
      '/api/v2/scripttemplates',
      '/api/v2/oc/callingprofile',
    ]),
  );
  expect(seen.length).toBeGreaterThan(15);

  const logs = server.output();
  expect(logs).toContain('"url":"/api/v3/customer"');
  for (const [name, secret] of [['client secret', E2E_CLIENT_SECRET], ['first token', firstToken], ['second token', secondToken]] as const) {
    for (const response of seen) {
      expect(response.body, `${name} in the body of ${response.url}`).not.toContain(secret);
      expect(response.headers, `${name} in the headers of ${response.url}`).not.toContain(secret);
    }
    expect(storage, `${name} in browser storage`).not.toContain(secret);
    expect(logs, `${name} in the server log`).not.toContain(secret);
  }
});

test('the production build carries neither the configured secret nor anything shaped like a credential', async () => {
  expect(await scanForSecrets(E2E_DIST_DIR, [E2E_CLIENT_SECRET])).toEqual([]);
});
