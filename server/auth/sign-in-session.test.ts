// @vitest-environment node
import { buildServer } from '../http/app';
import type { TestBrowser } from '../testing/browser';
import { captureLogs, closedPort, liveConfig } from '../testing/harness';
import { IDP_CLIENT_ID, IDP_CLIENT_SECRET, STAFF, startIdentityProvider } from '../testing/identity-provider';
import { startSignInRig, type SignInRig } from '../testing/sign-in-rig';

/** A signed-in session: CSRF rules, sign-out, rotation and the idle and absolute timeouts. */

let rig: SignInRig;

beforeAll(async () => {
  rig = await startSignInRig();
});
afterAll(async () => {
  await rig.close();
});

const MINUTE = 60_000;

async function signedIn(): Promise<{ browser: TestBrowser; csrfToken: string }> {
  const browser = rig.browser();
  await browser.signIn(`${rig.consoleUrl}/`, STAFF);
  const me = (await (await browser.request(`${rig.consoleUrl}/api/console/me`)).json()) as { csrfToken: string };
  expect(browser.cookies(rig.consoleUrl).get('lpc_csrf')).toBe(me.csrfToken);
  return { browser, csrfToken: me.csrfToken };
}

async function firstCustomerGuid(browser: TestBrowser): Promise<string> {
  const list = (await (await browser.request(`${rig.consoleUrl}/api/v3/customer`)).json()) as { UmpCustomerGuid: string }[];
  return list[0]?.UmpCustomerGuid ?? '';
}

describe('CSRF protection', () => {
  it('refuses POST and DELETE without the token, with a wrong one, or from another origin', async () => {
    const { browser, csrfToken } = await signedIn();
    const guid = await firstCustomerGuid(browser);
    const sameOrigin = { origin: rig.publicUrl, 'sec-fetch-site': 'same-origin', 'content-type': 'application/json' };
    rig.sim.state.log.clear();
    // The real token with its last character changed (to one it does not already end with).
    const nearlyToken = `${csrfToken.slice(0, -1)}${csrfToken.endsWith('A') ? 'B' : 'A'}`;
    const attempts: [string, string, Record<string, string>][] = [
      ['POST', '/api/v2/customer', sameOrigin],
      ['POST', '/api/v2/customer', { ...sameOrigin, 'x-csrf-token': 'not-the-token' }],
      ['DELETE', `/api/v2/customer/${guid}`, sameOrigin],
      ['DELETE', `/api/v2/customer/${guid}`, { ...sameOrigin, 'x-csrf-token': nearlyToken }],
      ['DELETE', `/api/v2/customer/${guid}`, { ...sameOrigin, 'x-csrf-token': csrfToken, origin: 'https://evil.example' }],
      ['DELETE', `/api/v2/customer/${guid}`, { ...sameOrigin, 'x-csrf-token': csrfToken, 'sec-fetch-site': 'cross-site' }],
    ];
    for (const [method, path, headers] of attempts) {
      const response = await browser.request(`${rig.consoleUrl}${path}`, { method, headers, ...(method === 'POST' ? { body: '{}' } : {}) });
      expect(response.status, `${method} ${JSON.stringify(headers)}`).toBe(403);
      expect(await response.json()).toMatchObject({ title: 'Request refused', status: 403 });
    }
    expect(rig.sim.state.log.list()).toEqual([]);
  });

  it('lets a same-origin call with the session token through', async () => {
    const { browser, csrfToken } = await signedIn();
    const guid = await firstCustomerGuid(browser);
    const deleted = await browser.request(`${rig.consoleUrl}/api/v2/customer/${guid}`, {
      method: 'DELETE',
      headers: { origin: rig.publicUrl, 'sec-fetch-site': 'same-origin', 'x-csrf-token': csrfToken },
    });
    expect(deleted.status).toBe(200);
    expect(rig.sim.state.log.list().some((entry) => entry.method === 'DELETE' && entry.path.endsWith(guid))).toBe(true);
    rig.sim.state.reset();
  });
});

describe('signing out', () => {
  it('needs the CSRF token', async () => {
    const { browser } = await signedIn();
    const refused = await browser.request(`${rig.consoleUrl}/auth/logout`, { method: 'POST', headers: { accept: 'application/json' } });
    expect(refused.status).toBe(403);
    expect((await browser.request(`${rig.consoleUrl}/api/console/me`)).status).toBe(200);
  });

  it('destroys the session and sends the browser to the provider to end its session too', async () => {
    const { browser, csrfToken } = await signedIn();
    const sessionId = browser.cookies(rig.consoleUrl).get('lpc_session') ?? '';
    const out = await browser.request(`${rig.consoleUrl}/auth/logout`, {
      method: 'POST',
      headers: { accept: 'application/json', origin: rig.publicUrl, 'x-csrf-token': csrfToken },
    });
    expect(out.status).toBe(200);
    const { redirectTo } = (await out.json()) as { redirectTo: string };
    const endSession = new URL(redirectTo);
    expect(endSession.origin + endSession.pathname).toBe(`${rig.idp.issuer}/session/end`);
    expect(endSession.searchParams.get('client_id')).toBe(IDP_CLIENT_ID);
    expect(endSession.searchParams.get('post_logout_redirect_uri')).toBe(`${rig.publicUrl}/`);
    expect(endSession.searchParams.get('id_token_hint')).toMatch(/^eyJ/);
    expect(browser.cookies(rig.consoleUrl).has('lpc_session')).toBe(false);
    expect(browser.cookies(rig.consoleUrl).has('lpc_csrf')).toBe(false);

    // The old id is dead on the server, not merely forgotten by this browser.
    browser.setCookie(rig.consoleUrl, 'lpc_session', sessionId);
    expect((await browser.request(`${rig.consoleUrl}/api/console/me`)).status).toBe(401);
    const page = await browser.request(`${rig.consoleUrl}/services`);
    expect(page.status).toBe(302);
  });

  it('without a session, just sends a form post home', async () => {
    const response = await rig.browser().request(`${rig.consoleUrl}/auth/logout`, { method: 'POST' });
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/');
  });
});

describe('session lifetime', () => {
  it('gives a new session id at every sign-in, ignoring one planted beforehand', async () => {
    const browser = rig.browser();
    const planted = 'A'.repeat(43);
    browser.setCookie(rig.consoleUrl, 'lpc_session', planted);
    await browser.signIn(`${rig.consoleUrl}/`, STAFF);
    const first = browser.cookies(rig.consoleUrl).get('lpc_session');
    expect(first).toMatch(/^[\w-]{43}$/);
    expect(first).not.toBe(planted);

    const again = await browser.navigate(`${rig.consoleUrl}/auth/login?prompt=login`);
    await browser.submitLogin(again, STAFF);
    const second = browser.cookies(rig.consoleUrl).get('lpc_session') ?? '';
    expect(second).not.toBe(first);
    browser.setCookie(rig.consoleUrl, 'lpc_session', first ?? '');
    expect((await browser.request(`${rig.consoleUrl}/api/console/me`)).status).toBe(401);
  });

  it('ends after 30 idle minutes and brings the person back to the page they were on', async () => {
    const { browser } = await signedIn();
    rig.clock.advance(29 * MINUTE);
    expect((await browser.request(`${rig.consoleUrl}/api/console/me`)).status).toBe(200);
    rig.clock.advance(29 * MINUTE);
    expect((await browser.request(`${rig.consoleUrl}/api/console/me`)).status).toBe(200);
    rig.clock.advance(30 * MINUTE);
    const expired = await browser.request(`${rig.consoleUrl}/api/v3/customer`);
    expect(expired.status).toBe(401);
    expect(await expired.json()).toEqual({ title: 'Sign-in required', status: 401 });
    // The dead cookie is cleared, and a page load goes through sign-in (the provider's session
    // is still alive, so no form this time) back to the same page.
    expect(browser.cookies(rig.consoleUrl).has('lpc_session')).toBe(false);
    const back = await browser.navigate(`${rig.consoleUrl}/customers/new?step=2`);
    expect(back.visited[1]).toBe(`${rig.consoleUrl}/auth/login?returnTo=%2Fcustomers%2Fnew%3Fstep%3D2`);
    expect(back.url).toBe(`${rig.consoleUrl}/customers/new?step=2`);
    expect(back.response.status).toBe(200);
  });

  it('ends 8 hours after sign-in however active the person is', async () => {
    const { browser } = await signedIn();
    for (let elapsed = 0; elapsed < 7 * 60 + 40; elapsed += 20) {
      rig.clock.advance(20 * MINUTE);
      expect((await browser.request(`${rig.consoleUrl}/api/console/me`)).status, `after ${elapsed + 20} min`).toBe(200);
    }
    rig.clock.advance(20 * MINUTE);
    expect((await browser.request(`${rig.consoleUrl}/api/console/me`)).status).toBe(401);
  });
});

describe('identity provider unreachable', () => {
  it('shows a 502 page at sign-in and recovers without a restart once it is back', async () => {
    const port = await closedPort();
    const logs = captureLogs();
    const app = await buildServer(
      liveConfig(rig.sim.url, {
        CONSOLE_OIDC_ISSUER: `http://127.0.0.1:${port}`,
        CONSOLE_OIDC_CLIENT_ID: IDP_CLIENT_ID,
        CONSOLE_OIDC_CLIENT_SECRET: IDP_CLIENT_SECRET,
        PORT: '5999',
      }),
      { logStream: logs.sink },
    );
    const response = await app.inject({ method: 'GET', url: '/auth/login' });
    expect(response.statusCode).toBe(502);
    expect(response.body).toContain('The identity provider could not be reached. Try again in a moment.');
    expect(logs.text()).toContain('identity provider discovery failed');
    expect(logs.text()).not.toContain(IDP_CLIENT_SECRET);

    const idp = await startIdentityProvider({ consoleOrigins: ['http://127.0.0.1:5999'], port });
    const retried = await app.inject({ method: 'GET', url: '/auth/login' });
    expect(retried.statusCode).toBe(302);
    expect(retried.headers.location).toMatch(new RegExp(`^${idp.issuer}/auth\\?`));
    await Promise.all([app.close(), idp.close()]);
  });
});
