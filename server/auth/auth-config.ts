import { z } from 'zod';
import type { Role } from '../../src/domain/api-calls';
import { booleanFlag, ConfigError, firstIssue, isLoopbackHttp, secureUrl, wholeNumber } from '../env-schema';
import { deriveKey } from './seal';

/**
 * Who may use the console: staff sign-in through the provider's OpenID Connect issuer (Entra ID),
 * or, without it, nobody but this machine. The server holds credentials that read and create
 * every customer, so a half-configured sign-in is an error, never a silent fall-back to "open".
 */

export interface SignInSettings {
  /** e.g. https://login.microsoftonline.com/<tenant id>/v2.0 */
  issuer: URL;
  clientId: string;
  clientSecret: string;
  /** Per role, the group ids or app roles (ID token `groups` / `roles`) that grant it; all empty = everyone is a viewer. */
  roleGroups: Readonly<Record<Role, readonly string[]>>;
  /** CONSOLE_OIDC_ALLOWED_GROUPS was set (read as viewer groups): the start logs a deprecation line. */
  deprecatedAllowedGroups: boolean;
  /** The origin people type; the redirect URI and the cookies' Secure flag derive from it. */
  publicUrl: URL;
  idleMs: number;
  absoluteMs: number;
  /** Seal the sign-in in progress (an encrypted cookie); the first seals, all open (rotation). */
  loginKeys: readonly Buffer[];
  /** CONSOLE_SESSION_SECRET was not set (loopback or demo): the keys come from the client secret, and the start warns. */
  loginKeysDerived: boolean;
}

export interface AuthConfig {
  signIn: SignInSettings | null;
  /** Live mode without sign-in that the operator explicitly allowed anyway (the SPA shows a warning). */
  unauthenticatedOverride: boolean;
}

function groupList(name: string) {
  return z
    .string()
    .transform((value) => value.split(',').map((entry) => entry.trim()).filter((entry) => entry !== ''))
    .refine((groups) => groups.length > 0, `${name} must list at least one group or role`)
    .optional();
}

const ROLE_VARIABLES = ['CONSOLE_OIDC_ALLOWED_GROUPS', 'CONSOLE_ROLE_VIEWER_GROUPS', 'CONSOLE_ROLE_ONBOARDING_GROUPS', 'CONSOLE_ROLE_ADMIN_GROUPS'] as const;

export const authEnvShape = {
  CONSOLE_OIDC_ISSUER: secureUrl('CONSOLE_OIDC_ISSUER').optional(),
  CONSOLE_OIDC_CLIENT_ID: z.string().trim().regex(/^\S+$/, 'CONSOLE_OIDC_CLIENT_ID must not contain spaces').optional(),
  CONSOLE_OIDC_CLIENT_SECRET: z.string().optional(),
  CONSOLE_OIDC_ALLOWED_GROUPS: groupList('CONSOLE_OIDC_ALLOWED_GROUPS'),
  CONSOLE_ROLE_VIEWER_GROUPS: groupList('CONSOLE_ROLE_VIEWER_GROUPS'),
  CONSOLE_ROLE_ONBOARDING_GROUPS: groupList('CONSOLE_ROLE_ONBOARDING_GROUPS'),
  CONSOLE_ROLE_ADMIN_GROUPS: groupList('CONSOLE_ROLE_ADMIN_GROUPS'),
  CONSOLE_PUBLIC_URL: secureUrl('CONSOLE_PUBLIC_URL')
    // The SPA is served from the root, so a path prefix could never work; catching it here beats a redirect loop.
    .refine((url) => url.pathname === '/', 'CONSOLE_PUBLIC_URL must be an origin such as https://console.example.com (no path)')
    .optional(),
  CONSOLE_SESSION_IDLE_MINUTES: wholeNumber('CONSOLE_SESSION_IDLE_MINUTES', 1, 1440).default(30),
  CONSOLE_SESSION_ABSOLUTE_HOURS: wholeNumber('CONSOLE_SESSION_ABSOLUTE_HOURS', 1, 168).default(8),
  CONSOLE_SESSION_SECRET: z
    .string()
    .transform((value) => value.split(',').map((entry) => entry.trim()).filter((entry) => entry !== ''))
    .refine(
      (secrets) => secrets.length > 0 && secrets.every((secret) => secret.length >= 32),
      'CONSOLE_SESSION_SECRET must be at least 32 characters (when rotating, a comma-separated list with the new one first)',
    )
    .optional(),
  CONSOLE_ALLOW_UNAUTHENTICATED: booleanFlag('CONSOLE_ALLOW_UNAUTHENTICATED').default(false),
};

type AuthEnv = z.output<z.ZodObject<typeof authEnvShape>>;

interface Listen {
  mode: 'demo' | 'live';
  host: string;
  port: number;
}

/** Addresses only this machine can reach. "localhost" is trusted to resolve to loopback, as everywhere. */
export function isLoopbackHost(host: string): boolean {
  return host === 'localhost' || host === '::1' || host === '[::1]' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}

function publicUrlFor(value: AuthEnv, listen: Listen): URL {
  if (value.CONSOLE_PUBLIC_URL) return value.CONSOLE_PUBLIC_URL;
  if (!isLoopbackHost(listen.host)) {
    throw new ConfigError(`CONSOLE_PUBLIC_URL is required when HOST is ${listen.host} (the sign-in redirect needs the address people use)`);
  }
  if (listen.port === 0) throw new ConfigError('CONSOLE_PUBLIC_URL is required when PORT is 0');
  const host = listen.host.includes(':') && !listen.host.startsWith('[') ? `[${listen.host}]` : listen.host;
  const parsed = secureUrl('CONSOLE_PUBLIC_URL').safeParse(`http://${host}:${listen.port}`);
  if (!parsed.success) throw new ConfigError(firstIssue(parsed.error));
  return parsed.data;
}

const LOGIN_KEY = 'sign-in in progress';

/**
 * Every instance must seal and open the same sign-ins in progress, so behind a public address the
 * secret is required; on one machine (loopback, demo) a key derived from the client secret will do.
 */
function loginKeys(value: AuthEnv, listen: Listen, publicUrl: URL, clientSecret: string): Pick<SignInSettings, 'loginKeys' | 'loginKeysDerived'> {
  const secrets = value.CONSOLE_SESSION_SECRET;
  if (secrets) return { loginKeys: secrets.map((secret) => deriveKey(secret, LOGIN_KEY)), loginKeysDerived: false };
  if (listen.mode !== 'demo' && !isLoopbackHttp(publicUrl)) {
    throw new ConfigError(`CONSOLE_SESSION_SECRET is required when CONSOLE_PUBLIC_URL is ${publicUrl.origin} (every instance must share it)`);
  }
  return { loginKeys: [deriveKey(`development key from ${clientSecret}`, LOGIN_KEY)], loginKeysDerived: true };
}

function signInSettings(value: AuthEnv, listen: Listen): SignInSettings | null {
  const { CONSOLE_OIDC_ISSUER: issuer, CONSOLE_OIDC_CLIENT_ID: clientId, CONSOLE_OIDC_CLIENT_SECRET: clientSecret } = value;
  if (!issuer) {
    // A client id, secret or group list without an issuer is a typo'd deployment, not "no sign-in".
    const stray = (['CONSOLE_OIDC_CLIENT_ID', 'CONSOLE_OIDC_CLIENT_SECRET', ...ROLE_VARIABLES] as const).find((name) => value[name] !== undefined);
    if (stray) throw new ConfigError(`CONSOLE_OIDC_ISSUER is required when ${stray} is set`);
    return null;
  }
  if (!clientId) throw new ConfigError('CONSOLE_OIDC_CLIENT_ID is required when CONSOLE_OIDC_ISSUER is set');
  if (!clientSecret) throw new ConfigError('CONSOLE_OIDC_CLIENT_SECRET is required when CONSOLE_OIDC_ISSUER is set');
  const publicUrl = publicUrlFor(value, listen);
  return {
    issuer,
    clientId,
    clientSecret,
    roleGroups: {
      // The old single list meant "may use the console": today that is reading.
      viewer: [...(value.CONSOLE_ROLE_VIEWER_GROUPS ?? []), ...(value.CONSOLE_OIDC_ALLOWED_GROUPS ?? [])],
      onboarding: value.CONSOLE_ROLE_ONBOARDING_GROUPS ?? [],
      admin: value.CONSOLE_ROLE_ADMIN_GROUPS ?? [],
    },
    deprecatedAllowedGroups: value.CONSOLE_OIDC_ALLOWED_GROUPS !== undefined,
    publicUrl,
    idleMs: value.CONSOLE_SESSION_IDLE_MINUTES * 60_000,
    absoluteMs: value.CONSOLE_SESSION_ABSOLUTE_HOURS * 3_600_000,
    ...loginKeys(value, listen, publicUrl, clientSecret),
  };
}

/** Reads the CONSOLE_* variables (already parsed with `authEnvShape`) and checks where the console may listen. */
export function readAuthConfig(value: AuthEnv, listen: Listen): AuthConfig {
  const signIn = signInSettings(value, listen);
  const override = listen.mode === 'live' && !signIn && value.CONSOLE_ALLOW_UNAUTHENTICATED;
  if (listen.mode === 'live' && !signIn && !override && !isLoopbackHost(listen.host)) {
    throw new ConfigError(
      `Refusing to listen on ${listen.host} in live mode without sign-in: set CONSOLE_OIDC_* or CONSOLE_ALLOW_UNAUTHENTICATED=true`,
    );
  }
  return { signIn, unauthenticatedOverride: override };
}
