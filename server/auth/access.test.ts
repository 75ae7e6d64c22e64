// @vitest-environment node
import { decideAccess } from './access';
import { identityFrom } from './oidc';

const base = { iss: 'https://login.example.com/t/v2.0', aud: 'client', iat: 1, exp: 2 };

describe('identityFrom (Entra ID token claims)', () => {
  it('reads name, email, groups and roles', () => {
    expect(identityFrom({ ...base, sub: 's1', name: 'Alice', email: 'alice@sp.example', groups: ['g1', 7, 'g2'], roles: ['Console.Operator'] })).toEqual({
      subject: 's1',
      name: 'Alice',
      email: 'alice@sp.example',
      groups: ['g1', 'g2'],
      roles: ['Console.Operator'],
      groupsOverflow: false,
    });
  });

  it('falls back to the UPN when there is no email or name, and notices group overage', () => {
    const identity = identityFrom({ ...base, sub: 's2', preferred_username: 'bob@sp.onmicrosoft.com', _claim_names: { groups: 'src1' } });
    expect(identity).toMatchObject({ name: 'bob@sp.onmicrosoft.com', email: 'bob@sp.onmicrosoft.com', groups: [], groupsOverflow: true });
    expect(identityFrom({ ...base, sub: 's3', hasgroups: true }).groupsOverflow).toBe(true);
  });
});

describe('decideAccess', () => {
  const person = { subject: 's', name: null, email: null, groups: ['B7D1C6A2-0000'], roles: ['Console.Admin'], groupsOverflow: false };
  const none = { viewer: [], onboarding: [], admin: [] };

  it('makes everyone a viewer when no role lists are configured', () => {
    expect(decideAccess({ ...person, groups: [], roles: [] }, none)).toEqual({ allowed: true, role: 'viewer' });
  });

  it('matches a configured group id (any case) or app role', () => {
    expect(decideAccess(person, { ...none, viewer: ['b7d1c6a2-0000'] })).toEqual({ allowed: true, role: 'viewer' });
    expect(decideAccess(person, { ...none, admin: ['other', 'Console.Admin'] })).toEqual({ allowed: true, role: 'admin' });
  });

  it('gives the highest role any of the person\'s groups grants', () => {
    expect(decideAccess(person, { viewer: ['b7d1c6a2-0000'], onboarding: ['console.admin'], admin: ['x'] })).toEqual({ allowed: true, role: 'onboarding' });
    expect(decideAccess(person, { viewer: ['Console.Admin'], onboarding: ['x'], admin: ['B7D1C6A2-0000'] })).toEqual({ allowed: true, role: 'admin' });
  });

  it('refuses everyone else, and explains group overage', () => {
    expect(decideAccess(person, { ...none, viewer: ['other'] })).toMatchObject({ allowed: false, reason: expect.stringContaining('not in a group that is allowed') });
    expect(decideAccess({ ...person, groups: [], roles: [], groupsOverflow: true }, { ...none, admin: ['other'] })).toMatchObject({
      allowed: false,
      reason: expect.stringContaining('too many groups'),
    });
  });
});
