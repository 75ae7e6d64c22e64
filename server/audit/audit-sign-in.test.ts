// @vitest-environment node
import { OUTSIDER, STAFF, VIEWER } from '../testing/test-accounts';
import { startSignInRig, type SignInRig } from '../testing/sign-in-rig';
import type { AuditEntry } from './audit-log';

/** Sign-ins, sign-outs and refusals of signed-in people reach the audit trail, with who and the request id. */

let rig: SignInRig;

beforeAll(async () => {
  rig = await startSignInRig();
});
afterAll(async () => {
  await rig.close();
});

const sameOrigin = (csrfToken: string) => ({ origin: rig.publicUrl, 'sec-fetch-site': 'same-origin', 'x-csrf-token': csrfToken });

it('records a sign-in, a refused forged DELETE, a sign-out and a refused sign-in', async () => {
  const viewer = rig.browser();
  await viewer.signIn(`${rig.consoleUrl}/`, VIEWER);
  const { csrfToken } = (await (await viewer.request(`${rig.consoleUrl}/api/console/me`)).json()) as { csrfToken: string };
  const forged = await viewer.request(`${rig.consoleUrl}/api/v2/customer/a2a3f4c1-38a9-4709-a1be-0c99d02dd5a2`, { method: 'DELETE', headers: sameOrigin(csrfToken) });
  expect(forged.status).toBe(403);
  const forgedId = forged.headers.get('x-request-id');
  // A viewer asking for the trail is refused too.
  expect((await viewer.request(`${rig.consoleUrl}/api/console/audit`)).status).toBe(403);
  const out = await viewer.request(`${rig.consoleUrl}/auth/logout`, { method: 'POST', headers: { ...sameOrigin(csrfToken), accept: 'application/json' } });
  expect(out.status).toBe(200);
  expect((await rig.browser().signIn(`${rig.consoleUrl}/`, OUTSIDER)).response.status).toBe(403);

  const admin = rig.browser();
  await admin.signIn(`${rig.consoleUrl}/`, STAFF);
  const { entries } = (await (await admin.request(`${rig.consoleUrl}/api/console/audit`)).json()) as { entries: AuditEntry[] };
  const vera = { subject: VIEWER.id, name: VIEWER.name, email: VIEWER.email, role: 'viewer' };
  expect([...entries].reverse()).toMatchObject([
    { action: 'sign-in', resource: '/auth/callback', actor: vera, outcome: { status: 302, ok: true } },
    { action: 'refused', method: 'DELETE', resource: '/api/v2/customer/a2a3f4c1-38a9-4709-a1be-0c99d02dd5a2', actor: vera, outcome: { status: 403, ok: false } },
    { action: 'refused', method: 'GET', resource: '/api/console/audit', actor: vera, outcome: { status: 403 } },
    { action: 'sign-out', resource: '/auth/logout', actor: vera, outcome: { ok: true } },
    { action: 'refused', resource: '/auth/callback', actor: { subject: OUTSIDER.id, email: OUTSIDER.email, role: null }, outcome: { status: 403, note: 'not in an allowed group' } },
    { action: 'sign-in', actor: { name: STAFF.name, role: 'admin' } },
  ]);
  expect(entries.find((entry) => entry.method === 'DELETE')?.requestId).toBe(forgedId);
  expect(await (await admin.request(`${rig.consoleUrl}/api/console/audit/verify`)).json()).toEqual({ ok: true, checked: 6 });
});
