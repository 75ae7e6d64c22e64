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

  it('lets anyone in when no groups are configured', () => {
    expect(decideAccess({ ...person, groups: [], roles: [] }, [])).toEqual({ allowed: true });
  });

  it('matches a configured group id (any case) or app role', () => {
    expect(decideAccess(person, ['b7d1c6a2-0000'])).toEqual({ allowed: true });
    expect(decideAccess(person, ['other', 'Console.Admin'])).toEqual({ allowed: true });
  });

  it('refuses everyone else, and explains group overage', () => {
    expect(decideAccess(person, ['other'])).toMatchObject({ allowed: false, reason: expect.stringContaining('not in a group that is allowed') });
    expect(decideAccess({ ...person, groups: [], roles: [], groupsOverflow: true }, ['other'])).toMatchObject({
      allowed: false,
      reason: expect.stringContaining('too many groups'),
    });
  });
});
