import type { SignInIdentity } from './oidc';

/**
 * Whether a signed-in account may use the console. Signing in proves who someone is; the
 * provider's tenant can hold people (or guests) who must not manage customers, so when groups
 * are configured, one of them must appear in the ID token's `groups` (object ids) or `roles`
 * (app roles).
 */

export type AccessDecision = { allowed: true } | { allowed: false; reason: string };

export function decideAccess(identity: SignInIdentity, allowedGroups: readonly string[]): AccessDecision {
  if (allowedGroups.length === 0) return { allowed: true };
  const held = new Set([...identity.groups, ...identity.roles].map((entry) => entry.toLowerCase()));
  // Entra prints group object ids in lower case; operators copy them from the portal in any case.
  if (allowedGroups.some((group) => held.has(group.toLowerCase()))) return { allowed: true };
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
