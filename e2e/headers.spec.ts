/**
 * The served app's security headers, on the page, an asset and an API answer, and proof that the
 * app works under its own Content-Security-Policy: no violation and no page error on any page.
 */
import { expect, test, type APIResponse, type ConsoleMessage, type Page } from '@playwright/test';
import { E2E_SIM_URL } from '../playwright.config';
import { recordResponses } from './support/record-responses';

const DETAILS_EXAMPLE_GUID = 'a2a3f4c1-38a9-4709-a1be-0c99d02dd5a2';

function directives(csp: string): Map<string, string[]> {
  return new Map(
    csp
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name = '', ...values]) => [name.toLowerCase(), values]),
  );
}

function expectHardened(response: APIResponse, what: string) {
  const headers = response.headers();
  const csp = directives(headers['content-security-policy'] ?? '');
  expect(csp.get('default-src'), `${what}: default-src`).toEqual(["'self'"]);
  // Scripts only from our own files: no inline script, no eval, no wildcard.
  expect(csp.get('script-src'), `${what}: script-src`).toEqual(["'self'"]);
  expect(csp.get('object-src'), `${what}: object-src`).toEqual(["'none'"]);
  expect(csp.get('frame-ancestors'), `${what}: frame-ancestors`).toEqual(["'none'"]);
  expect(csp.get('base-uri'), `${what}: base-uri`).toEqual(["'self'"]);
  expect(csp.get('connect-src'), `${what}: connect-src`).toEqual(["'self'"]);
  expect(headers['x-content-type-options'], `${what}: nosniff`).toBe('nosniff');
  expect(headers['x-frame-options'], `${what}: x-frame-options`).toBe('DENY');
  expect(headers['referrer-policy'], `${what}: referrer-policy`).toBe('no-referrer');
  // No banner saying what runs here or which version.
  expect(headers.server, `${what}: server`).toBeUndefined();
  expect(headers['x-powered-by'], `${what}: x-powered-by`).toBeUndefined();
}

test('the page, an asset and an API answer all carry the hardened headers', async ({ request }) => {
  const page = await request.get('/', { headers: { accept: 'text/html' } });
  expect(page.status()).toBe(200);
  expectHardened(page, 'index.html');
  const html = await page.text();
  // Nothing inline for the CSP to allow: one module script from /assets.
  expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
  const asset = /<script[^>]+src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1];
  expect(asset).toBeDefined();

  const script = await request.get(asset ?? '');
  expect(script.status()).toBe(200);
  expect(script.headers()['content-type']).toMatch(/^(text|application)\/javascript/);
  expectHardened(script, asset ?? 'asset');

  const api = await request.get('/api/v3/customer');
  expect(api.status()).toBe(200);
  expect(api.headers()['content-type']).toMatch(/^application\/json/);
  expect(api.headers()['cache-control']).toBe('no-store');
  expectHardened(api, '/api/v3/customer');

  const missing = await request.get('/api/v9/nothing');
  expect(missing.status()).toBe(404);
  expectHardened(missing, 'an unknown /api path');
});

interface Problems {
  violations: string[];
  errors: string[];
  /** Path of each Web Worker script the page started (their console errors are watched too). */
  workers: string[];
}

/** CSP violations (the DOM event, and the console line Chromium prints) and uncaught errors on the page and in its workers. */
async function watch(page: Page): Promise<Problems> {
  const problems: Problems = { violations: [], errors: [], workers: [] };
  await page.exposeFunction('reportCspViolation', (text: string) => problems.violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { reportCspViolation: (text: string) => void }).reportCspViolation;
      report(`${event.violatedDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`);
    });
  });
  const onConsole = (message: ConsoleMessage) => {
    if (/Content Security Policy|Refused to (execute|load|apply|evaluate|connect)/i.test(message.text())) problems.violations.push(message.text());
    else if (message.type() === 'error') problems.errors.push(message.text());
  };
  page.on('console', onConsole);
  page.on('worker', (worker) => {
    problems.workers.push(new URL(worker.url()).pathname);
    worker.on('console', onConsole);
  });
  page.on('pageerror', (error) => problems.errors.push(error.message));
  return problems;
}

test('every page works under the CSP: no violation, no page error, no banner on any response', async ({ page, request }) => {
  expect((await request.post(`${E2E_SIM_URL}/__sim/reset`)).ok()).toBe(true);
  page.on('dialog', (dialog) => void dialog.accept());
  const problems = await watch(page);
  const seen = recordResponses(page);

  await page.goto('/');
  await expect(page.getByRole('link', { name: 'BB175Plus', exact: true })).toBeVisible();
  // OVOC health comes joined by the server (/api/console/services): no Web Worker any more.
  await expect(page.getByRole('combobox', { name: /^Health/ })).not.toHaveAttribute('aria-disabled', 'true');
  expect(problems.workers).toEqual([]);

  await page.goto(`/customers/${DETAILS_EXAMPLE_GUID}`);
  await expect(page.getByRole('heading', { level: 1, name: 'BradOCDev1' })).toBeVisible();

  await page.goto('/health');
  await page.getByRole('button', { name: 'Details of customera-dm', exact: true }).click();
  await expect(page.getByRole('table', { name: 'All parameters, as sent' })).toBeVisible();
  // The status chart (MUI X Charts, SVG with inline styles) is drawn.
  await expect(page.getByRole('img', { name: /^Services by status:/ })).toBeVisible();
  await page.getByRole('button', { name: 'OVOC customer 79192 of customera-dm' }).click();
  await expect(page.getByRole('dialog', { name: 'customera-dm' })).toBeVisible();

  await page.goto('/customers/new');
  await expect(page.getByRole('heading', { level: 2, name: 'Customer' })).toBeVisible();
  await page.getByRole('button', { name: 'Next' }).click();

  await page.goto('/no/such/page');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

  expect(problems.violations).toEqual([]);
  expect(problems.errors).toEqual([]);
  const banners = seen.flatMap((response) => {
    const headers = JSON.parse(response.headers) as Record<string, string | undefined>;
    const banner = headers.server ?? headers['x-powered-by'];
    return banner ? [`${response.url}: ${banner}`] : [];
  });
  expect(banners).toEqual([]);
});
