/**
 * Two console instances on one PostgreSQL database behind one public address, with the local
 * OpenID provider, in a real Chromium: a sign-in started on one instance finishes on the other,
 * either instance serves the session, a restart of both signs nobody out, and signing out on one
 * ends the session on the other. The instances are real `server/main.ts` processes.
 */
import { expect, test, type Page } from '@playwright/test';
import pg from 'pg';
import { startIdentityProvider, type RunningIdentityProvider } from '../server/testing/identity-provider';
import { IDP_CLIENT_ID, IDP_CLIENT_SECRET, ROLE_GROUP_ENV, STAFF } from '../server/testing/test-accounts';
import { startConsoleProcess, type ConsoleProcess } from './support/console-process';
import { startFrontProxy, type FrontProxy } from './support/front-proxy';

const DATABASE = `console_sessions_e2e_${process.env.E2E_PORT ?? '4310'}`;
const DATABASE_URL = `postgres://postgres@127.0.0.1:5432/${DATABASE}`;
const SESSION_SECRET = 'e2e-shared-session-secret-4c1f0b7e-5d2a';

let proxy: FrontProxy;
let idp: RunningIdentityProvider;
let instances: ConsoleProcess[] = [];

async function admin<T>(query: (client: pg.Client) => Promise<T>, database = 'postgres'): Promise<T> {
  const client = new pg.Client({ connectionString: `postgres://postgres@127.0.0.1:5432/${database}` });
  await client.connect();
  try {
    return await query(client);
  } finally {
    await client.end();
  }
}

const sessionRows = () =>
  admin(async (client) => (await client.query<{ key: string; subject: string }>('select key, subject from console_session')).rows, DATABASE);

async function startInstances(): Promise<void> {
  const env = {
    DATABASE_URL,
    CONSOLE_OIDC_ISSUER: idp.issuer,
    CONSOLE_OIDC_CLIENT_ID: IDP_CLIENT_ID,
    CONSOLE_OIDC_CLIENT_SECRET: IDP_CLIENT_SECRET,
    CONSOLE_PUBLIC_URL: proxy.url,
    CONSOLE_SESSION_SECRET: SESSION_SECRET,
    CONSOLE_RATE_SIGNIN_PER_MINUTE: '1000',
    ...ROLE_GROUP_ENV,
  };
  instances = await Promise.all([startConsoleProcess(env), startConsoleProcess(env)]);
}

async function stopInstances(): Promise<void> {
  await Promise.all(instances.map((instance) => instance.stop()));
  instances = [];
}

/** Sends the next requests to instance "a" or "b". */
function routeTo(name: 'a' | 'b'): void {
  const instance = instances[name === 'a' ? 0 : 1];
  if (!instance) throw new Error('instances not started');
  proxy.route(name, instance.origin);
}

const servedBy = (page: Page, path: string) =>
  page.waitForResponse((response) => new URL(response.url()).pathname === path).then((response) => ({ status: response.status(), by: response.headers()['x-served-by'] }));

test.beforeAll(async () => {
  await admin(async (client) => {
    await client.query(`drop database if exists ${DATABASE} with (force)`);
    await client.query(`create database ${DATABASE}`);
  });
  proxy = await startFrontProxy();
  idp = await startIdentityProvider({ consoleOrigins: [proxy.url] });
  await startInstances();
});
test.afterAll(async () => {
  await stopInstances();
  await Promise.all([proxy?.close(), idp?.close()]);
});

test('a sign-in on one instance serves the other, survives a restart of both, and a sign-out on one ends it on both', async ({ page, context }) => {
  // Four console starts on a shared 2-core machine: a hang detector, not a speed budget.
  test.slow();
  const banner = page.getByRole('banner');

  // The sign-in starts on a...
  routeTo('a');
  const login = servedBy(page, '/auth/login');
  await page.goto(`${proxy.url}/`);
  expect(await login).toEqual({ status: 302, by: 'a' });
  await expect(page).toHaveURL(new RegExp(`^${idp.issuer}/interaction/`));

  // ...and the provider's redirect back lands on b, which finishes it (the sign-in in progress travels in its sealed cookie).
  routeTo('b');
  const callback = servedBy(page, '/auth/callback');
  await page.getByPlaceholder('Enter any login').fill(STAFF.id);
  await page.getByPlaceholder('and password').fill('any password');
  await page.getByRole('button', { name: 'Sign-in' }).click();
  expect(await callback).toEqual({ status: 302, by: 'b' });
  await expect(page).toHaveURL(`${proxy.url}/`);
  await expect(page.getByRole('heading', { name: 'Services' })).toBeVisible();
  await expect(banner.getByText(STAFF.name)).toBeVisible();

  // The store holds the session under a hash: the cookie's value is nowhere in it.
  const cookie = (await context.cookies(proxy.url)).find((entry) => entry.name === 'lpc_session')?.value ?? '';
  expect(cookie).toMatch(/^[\w-]{43}$/);
  const rows = await sessionRows();
  expect(rows.map((row) => row.subject)).toEqual([STAFF.id]);
  expect(rows[0]?.key).not.toBe(cookie);

  // a serves the session that b made: the page and /api/console/me.
  routeTo('a');
  const me = servedBy(page, '/api/console/me');
  await page.reload();
  expect(await me).toEqual({ status: 200, by: 'a' });
  await expect(page.getByRole('link', { name: 'BB175Plus' })).toBeVisible();
  await expect(banner.getByText(STAFF.name)).toBeVisible();

  // Both restart; the person is still signed in.
  await stopInstances();
  await startInstances();
  routeTo('a');
  const afterRestart = servedBy(page, '/api/console/me');
  await page.reload();
  expect(await afterRestart).toEqual({ status: 200, by: 'a' });
  await expect(page.getByRole('link', { name: 'BB175Plus' })).toBeVisible();
  await expect(banner.getByText(STAFF.name)).toBeVisible();

  // Signing out through b...
  routeTo('b');
  const logout = servedBy(page, '/auth/logout');
  await banner.getByRole('button', { name: 'Sign out' }).click();
  expect(await logout).toEqual({ status: 200, by: 'b' });
  await page.getByRole('button', { name: 'Yes, sign me out' }).click();
  await expect(page).toHaveURL(new RegExp(`^${idp.issuer}/interaction/`));
  expect(await sessionRows()).toEqual([]);

  // ...ends the session on a too, even for a browser that kept the old cookie.
  routeTo('a');
  await context.addCookies([{ name: 'lpc_session', value: cookie, url: proxy.url, httpOnly: true, sameSite: 'Lax' }]);
  const refused = await page.request.get(`${proxy.url}/api/console/me`);
  expect(refused.status()).toBe(401);
  expect(refused.headers()['x-served-by']).toBe('a');
  const pageLoad = servedBy(page, '/health');
  await page.goto(`${proxy.url}/health`);
  expect(await pageLoad).toEqual({ status: 302, by: 'a' });
  await expect(page).toHaveURL(new RegExp(`^${idp.issuer}/interaction/`));
});
