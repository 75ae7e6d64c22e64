// @vitest-environment node
import { createCustomerRequestExample } from '../../simulator/fixtures';
import { API_CALLS, roleAtLeast, type ApiCall, type Role } from '../../src/domain/api-calls';
import { buildServer } from '../http/app';
import type { TestBrowser } from '../testing/browser';
import { loadConfig } from '../config';
import { liveConfig } from '../testing/harness';
import { startSignInRig, type SignInRig } from '../testing/sign-in-rig';
import { ONBOARDER, STAFF, VIEWER, type TestAccount } from '../testing/test-accounts';

/**
 * Each role against each call of the table, signed in through the local OpenID provider: a call
 * above the person's role answers 403 naming the role it needs and never reaches the Live Platform,
 * with a valid session and CSRF token (a forged request from the person's own browser).
 */

let rig: SignInRig;
const people: Partial<Record<Role, { browser: TestBrowser; csrfToken: string }>> = {};
const ACCOUNTS: Record<Role, TestAccount> = { viewer: VIEWER, onboarding: ONBOARDER, admin: STAFF };

beforeAll(async () => {
  rig = await startSignInRig();
  for (const role of ['viewer', 'onboarding', 'admin'] as const) {
    const browser = rig.browser();
    await browser.signIn(`${rig.consoleUrl}/`, ACCOUNTS[role]);
    const me = (await (await browser.request(`${rig.consoleUrl}/api/console/me`)).json()) as { csrfToken: string; role: string };
    expect(me.role).toBe(role);
    people[role] = { browser, csrfToken: me.csrfToken };
  }
  // Three sign-ins through a real provider: generous, as the machine is shared.
}, 60_000);
afterAll(async () => {
  await rig.close();
});
beforeEach(() => {
  rig.sim.state.reset();
});

const GUID = 'a2a3f4c1-38a9-4709-a1be-0c99d02dd5a2';
const example = (call: ApiCall) => call.path.replace(/\{\w+:(\w+)\}/g, (_all, type: string) => ({ uuid: GUID, int: '42', token: 'tsk_1' })[type] ?? '');
const cases = (['viewer', 'onboarding', 'admin'] as const).flatMap((role) => API_CALLS.map((call) => [role, `${call.method} ${call.path}`, call] as const));

describe.each(cases)('%s: %s', (role, _name, call) => {
  it(roleAtLeast(role, call.role) ? 'is allowed' : `is refused: it needs ${call.role}`, async () => {
    const person = people[role];
    if (!person) throw new Error('not signed in');
    const response = await person.browser.request(`${rig.consoleUrl}${example(call)}`, {
      method: call.method,
      headers: { origin: rig.publicUrl, 'sec-fetch-site': 'same-origin', 'x-csrf-token': person.csrfToken, 'content-type': 'application/json' },
      ...(call.bodyLimitBytes ? { body: JSON.stringify(createCustomerRequestExample) } : {}),
    });
    const reached = rig.sim.state.log.list().filter((entry) => entry.path.startsWith('/api/'));
    if (roleAtLeast(role, call.role)) {
      expect(response.status).not.toBe(403);
      expect(reached).toHaveLength(1);
    } else {
      expect(response.status).toBe(403);
      expect(await response.json()).toEqual({ title: 'Forbidden', status: 403, detail: `This needs the ${call.role} role.`, requiredRole: call.role });
      expect(reached).toEqual([]);
    }
  });
});

describe('without sign-in', () => {
  it('the local operator is admin; the demo plays the role its switcher set', async () => {
    const live = await buildServer(liveConfig('http://127.0.0.1:9', { LOG_LEVEL: 'silent' }));
    expect((await live.inject('/api/console/me')).json()).toMatchObject({ role: 'admin', signedIn: false, name: 'Local operator' });
    await live.close();

    const demo = await buildServer(loadConfig({ DIST_DIR: '/nonexistent-dist-for-tests', LOG_LEVEL: 'silent' }));
    expect((await demo.inject('/api/console/me')).json()).toMatchObject({ role: 'admin', name: 'Demo operator' });
    const viewer = { cookie: 'console-demo-role=viewer' };
    expect((await demo.inject({ url: '/api/console/me', headers: viewer })).json()).toMatchObject({ role: 'viewer' });
    const deleted = await demo.inject({ method: 'DELETE', url: `/api/v2/customer/${GUID}`, headers: { ...viewer, 'sec-fetch-site': 'same-origin' } });
    expect(deleted.statusCode).toBe(403);
    expect(deleted.json()).toMatchObject({ requiredRole: 'admin' });
    await demo.close();
  });
});
