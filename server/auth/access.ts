import { ROLES, type Role } from '../../src/domain/api-calls';
import type { SignInIdentity } from './oidc';

/**
 * Which role a signed-in account gets. Signing in proves who someone is; the provider's tenant can
 * hold people (or guests) who must not manage customers, so the role comes from the ID token's
 * `groups` (object ids) or `roles` (app roles), matched against the configured lists: the highest
 * role any of them grants. With no lists configured at all, everyone the issuer signs in is a viewer.
 */

export type AccessDecision = { allowed: true; role: Role } | { allowed: false; reason: string };

export function decideAccess(identity: SignInIdentity, roleGroups: Readonly<Record<Role, readonly string[]>>): AccessDecision {
  if (ROLES.every((role) => roleGroups[role].length === 0)) return { allowed: true, role: 'viewer' };
  // Entra prints group object ids in lower case; operators copy them from the portal in any case.
  const held = new Set([...identity.groups, ...identity.roles].map((entry) => entry.toLowerCase()));
  const granted = [...ROLES].reverse().find((role) => roleGroups[role].some((group) => held.has(group.toLowerCase())));
  if (granted) return { allowed: true, role: granted };
  if (identity.groupsOverflow && identity.roles.length === 0) {
    return {
      allowed: false,
      reason:
        'Your account is in too many groups for the sign-in token to list them, so membership of an allowed group cannot be checked. ' +
        'Ask an administrator to assign you an app role or to limit the groups claim to groups assigned to the application.',
    };
  }
  return { allowed: false, reason: 'Your account is not in a group that is allowed to use this console. Ask an administrator for access.' };
}
