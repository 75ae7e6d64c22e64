// @vitest-environment node
import { IDP_CLIENT_SECRET, OUTSIDER, STAFF } from '../testing/identity-provider';
import { startSignInRig, TEST_INDEX, type SignInRig } from '../testing/sign-in-rig';

/**
 * Staff sign-in end to end over real HTTP: a real OpenID Connect provider, the console in live
 * mode against the simulator, and a cookie-jar browser. Session handling after sign-in (CSRF,
 * sign-out, timeouts) is in sign-in-session.test.ts.
 */

let rig: SignInRig;

beforeAll(async () => {
  rig = await startSignInRig();
});
afterAll(async () => {
  await rig.close();
});

const cookieLine = (lines: string[], name: string) => lines.find((line) => line.startsWith(`${name}=`));

describe('without a session', () => {
  it('sends page loads to sign-in with the page (path and query) to come back to', async () => {
    const browser = rig.browser();
    const deep = await browser.request(`${rig.consoleUrl}/services/0ad77c8d?tab=sites`, { headers: { accept: 'text/html' } });
    expect(deep.status).toBe(302);
    expect(deep.headers.get('location')).toBe('/auth/login?returnTo=%2Fservices%2F0ad77c8d%3Ftab%3Dsites');
    const home = await browser.request(`${rig.consoleUrl}/`);
    expect(home.status).toBe(302);
    expect(home.headers.get('location')).toBe('/auth/login');
    expect((await browser.request(`${rig.consoleUrl}/index.html`)).status).toBe(302);
  });

  it('answers API calls with 401 "Sign-in required" and never reaches the Live Platform', async () => {
    rig.sim.state.log.clear();
    const browser = rig.browser();
    for (const [method, path] of [['GET', '/api/v3/customer'], ['GET', '/api/console/me'], ['POST', '/api/v2/customer'], ['DELETE', '/api/v2/customer/x']]) {
      const response = await browser.request(`${rig.consoleUrl}${path}`, { method, headers: { 'content-type': 'application/json' }, ...(method === 'POST' ? { body: '{}' } : {}) });
      expect(response.status, `${method} ${path}`).toBe(401);
      expect(await response.json()).toEqual({ title: 'Sign-in required', status: 401 });
    }
    expect(rig.sim.state.log.list()).toEqual([]);
  });

  it('keeps /api/console/info and the built assets public', async () => {
    const browser = rig.browser();
    const info = await browser.request(`${rig.consoleUrl}/api/console/info`);
    expect(await info.json()).toMatchObject({ mode: 'live', auth: 'oidc', unauthenticatedOverride: false });
    expect((await browser.request(`${rig.consoleUrl}/assets/app-1a2b3c.js`)).status).toBe(200);
  });
});

describe('signing in', () => {
  it('goes through the provider and back to the page it started from, then the API works', async () => {
    const browser = rig.browser();
    const landed = await browser.signIn(`${rig.consoleUrl}/services/0ad77c8d?tab=sites`, STAFF);
    expect(landed.visited.some((url) => url.startsWith(`${rig.idp.issuer}/interaction/`))).toBe(true);
    expect(landed.url).toBe(`${rig.consoleUrl}/services/0ad77c8d?tab=sites`);
    expect(landed.response.status).toBe(200);
    expect(landed.body).toBe(TEST_INDEX);

    const me = await browser.request(`${rig.consoleUrl}/api/console/me`);
    expect(me.status).toBe(200);
    expect(me.headers.get('cache-control')).toBe('no-store');
    const body: unknown = await me.json();
    expect(body).toEqual({ name: STAFF.name, email: STAFF.email, role: 'admin', signedIn: true, csrfToken: expect.stringMatching(/^[\w-]{43}$/) });

    const customers = await browser.request(`${rig.consoleUrl}/api/v3/customer`);
    expect(customers.status).toBe(200);
    expect(await customers.json()).toHaveLength(35);
  });

  it('sets an HttpOnly SameSite=Lax session cookie and a readable CSRF cookie (not Secure over plain http)', async () => {
    const browser = rig.browser();
    await browser.signIn(`${rig.consoleUrl}/`, STAFF);
    const callback = browser.history.find((exchange) => exchange.url.startsWith(`${rig.publicUrl}/auth/callback`));
    const session = cookieLine(callback?.setCookie ?? [], 'lpc_session');
    expect(session).toMatch(/^lpc_session=[\w-]{43}; Path=\/; SameSite=Lax; HttpOnly$/);
    expect(cookieLine(callback?.setCookie ?? [], 'lpc_csrf')).toMatch(/^lpc_csrf=[\w-]{43}; Path=\/; SameSite=Lax$/);
    const login = browser.history.find((exchange) => exchange.url.startsWith(`${rig.consoleUrl}/auth/login`));
    expect(cookieLine(login?.setCookie ?? [], 'lpc_login')).toMatch(/^lpc_login=[\w-]{100,}; Path=\/; SameSite=Lax; Max-Age=600; HttpOnly$/);
  });

  it('refuses an account outside the allowed groups with a clear 403 page and no session', async () => {
    const browser = rig.browser();
    const refused = await browser.signIn(`${rig.consoleUrl}/`, OUTSIDER);
    expect(refused.response.status).toBe(403);
    expect(refused.response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(refused.body).toContain('<h1>Access denied</h1>');
    expect(refused.body).toContain(`You signed in as ${OUTSIDER.email}. Your account is not in a group that is allowed to use this console.`);
    expect(refused.body).toContain('href="/auth/login?prompt=login"');
    expect(browser.cookies(rig.consoleUrl).has('lpc_session')).toBe(false);
    expect((await browser.request(`${rig.consoleUrl}/api/console/me`)).status).toBe(401);
    expect(rig.logs.text()).toContain('sign-in refused: not in an allowed group');
  });

  it.each(['//evil.example/', 'https://evil.example/', '/\\evil.example', '/\t/evil.example', 'evil.example', '/auth/logout'])(
    'rejects returnTo=%j (no open redirect, no loop)',
    async (returnTo) => {
      const response = await rig.browser().request(`${rig.consoleUrl}/auth/login?returnTo=${encodeURIComponent(returnTo)}`);
      expect(response.status).toBe(400);
      expect(response.headers.get('location')).toBeNull();
      expect(await response.text()).toContain('Invalid sign-in link');
    },
  );

  it('sends someone already signed in straight to returnTo', async () => {
    const browser = rig.browser();
    await browser.signIn(`${rig.consoleUrl}/`, STAFF);
    const again = await browser.request(`${rig.consoleUrl}/auth/login?returnTo=%2Fhealth`);
    expect(again.status).toBe(302);
    expect(again.headers.get('location')).toBe('/health');
  });

  it('refuses a callback that was already used, forged, or replayed in another browser', async () => {
    const browser = rig.browser();
    await browser.signIn(`${rig.consoleUrl}/`, STAFF);
    const callbackUrl = browser.history.find((exchange) => exchange.url.startsWith(`${rig.publicUrl}/auth/callback`))?.url ?? '';
    expect(callbackUrl).toContain('code=');

    const replayed = await browser.request(callbackUrl);
    expect(replayed.status).toBe(400);
    expect(await replayed.text()).toContain('This sign-in has expired, was already used, or was started in another browser.');
    expect((await browser.request(`${rig.consoleUrl}/auth/callback?code=abc&state=forged`)).status).toBe(400);

    // A sign-in started in one browser and finished in another (login CSRF) must not sign the second in.
    const attacker = rig.browser();
    const isCallback = (url: string) => url.startsWith(`${rig.publicUrl}/auth/callback`);
    const started = await attacker.submitLogin(await attacker.navigate(`${rig.consoleUrl}/auth/login`), STAFF, isCallback);
    const planted = started.visited.at(-1) ?? '';
    expect(planted).toContain('/auth/callback?code=');
    const victim = rig.browser();
    const onVictim = await victim.request(planted);
    expect(onVictim.status).toBe(400);
    expect(victim.cookies(rig.consoleUrl).has('lpc_session')).toBe(false);
  });

  it('never logs the client secret, codes, tokens, session ids or cookies', async () => {
    const browser = rig.browser();
    await browser.signIn(`${rig.consoleUrl}/`, STAFF);
    await browser.request(`${rig.consoleUrl}/api/v3/customer`);
    const logs = rig.logs.text();
    expect(logs).toContain('"msg":"signed in"');
    expect(logs).not.toContain(IDP_CLIENT_SECRET);
    for (const value of browser.cookies(rig.consoleUrl).values()) expect(logs).not.toContain(value);
    const callbackUrl = browser.history.find((exchange) => exchange.url.startsWith(`${rig.publicUrl}/auth/callback`))?.url ?? '';
    const code = new URL(callbackUrl).searchParams.get('code') ?? '';
    expect(code).not.toBe('');
    expect(logs).not.toContain(code);
    expect(logs).not.toMatch(/eyJ[\w-]+\.eyJ/);
  });

  it('warns at start that, without CONSOLE_SESSION_SECRET, its key for sign-ins in progress suits one machine only', () => {
    expect(rig.logs.text()).toContain('CONSOLE_SESSION_SECRET is not set');
  });
});

describe('with an https public URL (behind a TLS proxy)', () => {
  let secure: SignInRig;
  beforeAll(async () => {
    secure = await startSignInRig({ https: true });
  });
  afterAll(async () => {
    await secure.close();
  });

  it('marks the cookies Secure with the __Host- prefix and redirects to the public callback URL', async () => {
    const browser = secure.browser();
    const landed = await browser.signIn('https://console.example.test/health', STAFF);
    expect(landed.url).toBe('https://console.example.test/health');
    expect(landed.response.status).toBe(200);
    const callback = browser.history.find((exchange) => exchange.url.startsWith('https://console.example.test/auth/callback'));
    expect(cookieLine(callback?.setCookie ?? [], '__Host-lpc_session')).toMatch(/^__Host-lpc_session=[\w-]{43}; Path=\/; SameSite=Lax; HttpOnly; Secure$/);
    expect(cookieLine(callback?.setCookie ?? [], '__Host-lpc_csrf')).toMatch(/; Secure$/);
    expect((await browser.request('https://console.example.test/api/console/me')).status).toBe(200);
    expect(secure.logs.text()).not.toContain('CONSOLE_SESSION_SECRET is not set');
  });
});
