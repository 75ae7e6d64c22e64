/**
 * The person's role as the browser knows it (from /api/console/me), for showing or disabling
 * actions. The server decides for itself on every call; this only spares people buttons that
 * would be refused. The demo's role switcher sets a cookie the server reads in demo mode only.
 */
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { roleAtLeast, type Role } from '../domain/api-calls';
import { sessionQueries } from './session-queries';
import { t, useT } from './messages';

export type { Role };

/** A role's name in the active language. */
export const roleLabel = (role: Role) => t(`role.${role}`);

/** `roleLabel` in a component, re-rendered when the language changes. */
export function useRoleLabel(): (role: Role) => string {
  const translate = useT();
  return (role) => translate(`role.${role}`);
}

export interface RoleAccess {
  /** Undefined while loading (or if /me failed): actions then stay as they are, the server still decides. */
  role: Role | undefined;
  can(needed: Role): boolean;
  /** "Needs the admin role", or undefined when allowed. */
  reason(needed: Role): string | undefined;
}

export function useRoleAccess(): RoleAccess {
  const { data } = useQuery(sessionQueries.me());
  const role = data?.role;
  const can = (needed: Role) => role === undefined || roleAtLeast(role, needed);
  return { role, can, reason: (needed) => (can(needed) ? undefined : t('role.needs', { role: needed })) };
}

const DEMO_ROLE_COOKIE = 'console-demo-role';

/** Demo only: plays another role (the server reads the cookie in demo mode), then reloads who we are. */
export function useSwitchDemoRole(): (role: Role) => Promise<void> {
  const queryClient = useQueryClient();
  return async (role) => {
    document.cookie = `${DEMO_ROLE_COOKIE}=${role}; path=/; SameSite=Strict`;
    await queryClient.invalidateQueries({ queryKey: sessionQueries.me().queryKey });
  };
}
