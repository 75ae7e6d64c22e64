// @vitest-environment node
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { isLoopbackHost } from './auth-config';
import { ConfigError, loadConfig } from '../config';

/** CONSOLE_* variables, and where a console without sign-in may listen. */

const live = {
  LIVE_PLATFORM_BASE_URL: 'https://sp.example.com/tenantui',
  LIVE_PLATFORM_TENANT_ID: '3bc57cac-5794-457f-ad36-2c88cade9dbb',
  LIVE_PLATFORM_CLIENT_ID: 'b6739dd5-de8d-4584-91c9-2e83cd8443bc',
  LIVE_PLATFORM_CLIENT_SECRET: 'a~secret',
};
const oidc = {
  CONSOLE_OIDC_ISSUER: 'https://login.microsoftonline.com/3bc57cac-5794-457f-ad36-2c88cade9dbb/v2.0',
  CONSOLE_OIDC_CLIENT_ID: '0d3f5e1a-7b2c-4e9d-8f10-2a3b4c5d6e7f',
  CONSOLE_OIDC_CLIENT_SECRET: 'oidc~secret',
};
const SESSION_SECRET = 'session-secret-0123456789-abcdefghij';

function reason(env: Record<string, string | undefined>): string {
  try {
    loadConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as ConfigError).message;
  }
  throw new Error('expected a configuration error');
}

describe('sign-in configuration', () => {
  it('is off by default, with no override', () => {
    expect(loadConfig({}).auth).toEqual({ signIn: null, unauthenticatedOverride: false });
    expect(loadConfig(live).auth).toEqual({ signIn: null, unauthenticatedOverride: false });
  });

  it('reads the issuer, client, groups, public URL and timeouts', () => {
    const { signIn } = loadConfig({
      ...live,
      ...oidc,
      CONSOLE_OIDC_ALLOWED_GROUPS: ' 5b1e, console-admins ,,',
      CONSOLE_PUBLIC_URL: 'https://console.sp.example.com',
      CONSOLE_SESSION_SECRET: SESSION_SECRET,
      CONSOLE_SESSION_IDLE_MINUTES: '15',
      CONSOLE_SESSION_ABSOLUTE_HOURS: '12',
      HOST: '0.0.0.0',
    }).auth;
    expect(signIn).toMatchObject({
      clientId: oidc.CONSOLE_OIDC_CLIENT_ID,
      clientSecret: oidc.CONSOLE_OIDC_CLIENT_SECRET,
      roleGroups: { viewer: ['5b1e', 'console-admins'], onboarding: [], admin: [] },
      deprecatedAllowedGroups: true,
      idleMs: 15 * 60_000,
      absoluteMs: 12 * 3_600_000,
    });
    expect(signIn?.issuer.href).toBe(oidc.CONSOLE_OIDC_ISSUER);
    expect(signIn?.publicUrl.origin).toBe('https://console.sp.example.com');
  });

  it('reads the three role lists; the old allowed-groups list adds viewers', () => {
    const { signIn } = loadConfig({
      ...oidc,
      PORT: '8080',
      CONSOLE_ROLE_VIEWER_GROUPS: 'desk',
      CONSOLE_ROLE_ONBOARDING_GROUPS: 'sales, Console.Onboarding',
      CONSOLE_ROLE_ADMIN_GROUPS: 'Console.Admin',
      CONSOLE_OIDC_ALLOWED_GROUPS: 'old',
    }).auth;
    expect(signIn?.roleGroups).toEqual({ viewer: ['desk', 'old'], onboarding: ['sales', 'Console.Onboarding'], admin: ['Console.Admin'] });
  });

  it('defaults to 30 idle minutes, 8 hours, any account of the issuer, and the loopback address as public URL', () => {
    const { signIn } = loadConfig({ ...oidc, PORT: '8080' }).auth;
    expect(signIn).toMatchObject({ roleGroups: { viewer: [], onboarding: [], admin: [] }, deprecatedAllowedGroups: false, idleMs: 30 * 60_000, absoluteMs: 8 * 3_600_000 });
    expect(signIn?.publicUrl.href).toBe('http://127.0.0.1:8080/');
    expect(loadConfig({ ...oidc, HOST: '::1', PORT: '8080' }).auth.signIn?.publicUrl.href).toBe('http://[::1]:8080/');
  });

  it('seals sign-ins in progress with keys from CONSOLE_SESSION_SECRET (new first when rotating), or on one machine with a derived one', () => {
    const https = { ...live, ...oidc, CONSOLE_PUBLIC_URL: 'https://console.example.com' };
    const one = loadConfig({ ...https, CONSOLE_SESSION_SECRET: SESSION_SECRET }).auth.signIn;
    const rotating = loadConfig({ ...https, CONSOLE_SESSION_SECRET: `${SESSION_SECRET.toUpperCase()}, ${SESSION_SECRET}` }).auth.signIn;
    expect(one?.loginKeysDerived).toBe(false);
    expect(one?.loginKeys).toHaveLength(1);
    expect(rotating?.loginKeys).toHaveLength(2);
    expect(rotating?.loginKeys[1]?.equals(one?.loginKeys[0] ?? Buffer.alloc(0))).toBe(true);
    expect(rotating?.loginKeys[0]?.equals(one?.loginKeys[0] ?? Buffer.alloc(0))).toBe(false);
    // The key is derived, never the secret itself.
    expect(one?.loginKeys[0]?.toString('utf8')).not.toContain(SESSION_SECRET);
    const loopback = loadConfig({ ...oidc, PORT: '8080' }).auth.signIn;
    expect(loopback?.loginKeysDerived).toBe(true);
    expect(loopback?.loginKeys[0]?.length).toBe(32);
  });

  it.each([
    [{ CONSOLE_OIDC_CLIENT_ID: 'x' }, 'CONSOLE_OIDC_ISSUER is required when CONSOLE_OIDC_CLIENT_ID is set'],
    [{ CONSOLE_OIDC_ALLOWED_GROUPS: 'admins' }, 'CONSOLE_OIDC_ISSUER is required when CONSOLE_OIDC_ALLOWED_GROUPS is set'],
    [{ ...oidc, CONSOLE_OIDC_CLIENT_ID: undefined }, 'CONSOLE_OIDC_CLIENT_ID is required when CONSOLE_OIDC_ISSUER is set'],
    [{ ...oidc, CONSOLE_OIDC_CLIENT_SECRET: '' }, 'CONSOLE_OIDC_CLIENT_SECRET is required when CONSOLE_OIDC_ISSUER is set'],
    [{ ...oidc, CONSOLE_OIDC_ISSUER: 'http://login.example.com/t/v2.0' }, 'CONSOLE_OIDC_ISSUER must use https (http is allowed only on localhost)'],
    [{ ...oidc, CONSOLE_OIDC_ISSUER: 'login.example.com' }, 'CONSOLE_OIDC_ISSUER must be an absolute URL'],
    [{ ...oidc, CONSOLE_OIDC_ALLOWED_GROUPS: ' , ' }, 'CONSOLE_OIDC_ALLOWED_GROUPS must list at least one group or role'],
    [{ ...oidc, CONSOLE_PUBLIC_URL: 'http://console.example.com' }, 'CONSOLE_PUBLIC_URL must use https (http is allowed only on localhost)'],
    [{ ...oidc, CONSOLE_PUBLIC_URL: 'https://sp.example.com/console' }, 'CONSOLE_PUBLIC_URL must be an origin such as https://console.example.com (no path)'],
    [{ ...oidc, HOST: '0.0.0.0' }, 'CONSOLE_PUBLIC_URL is required when HOST is 0.0.0.0 (the sign-in redirect needs the address people use)'],
    [{ ...oidc, PORT: '0' }, 'CONSOLE_PUBLIC_URL is required when PORT is 0'],
    [{ ...live, ...oidc, CONSOLE_PUBLIC_URL: 'https://console.example.com' }, 'CONSOLE_SESSION_SECRET is required when CONSOLE_PUBLIC_URL is https://console.example.com (every instance must share it)'],
    [{ ...oidc, PORT: '8080', CONSOLE_SESSION_SECRET: 'too short' }, 'CONSOLE_SESSION_SECRET must be at least 32 characters (when rotating, a comma-separated list with the new one first)'],
    [{ ...oidc, PORT: '8080', CONSOLE_SESSION_SECRET: `${SESSION_SECRET},short` }, 'CONSOLE_SESSION_SECRET must be at least 32 characters (when rotating, a comma-separated list with the new one first)'],
    [{ CONSOLE_SESSION_IDLE_MINUTES: '0' }, 'CONSOLE_SESSION_IDLE_MINUTES must be from 1 to 1440'],
    [{ CONSOLE_SESSION_ABSOLUTE_HOURS: 'eight' }, 'CONSOLE_SESSION_ABSOLUTE_HOURS must be a whole number'],
    [{ CONSOLE_ALLOW_UNAUTHENTICATED: 'yes' }, 'CONSOLE_ALLOW_UNAUTHENTICATED must be true or false'],
  ])('rejects %j with one line', (env, expected) => {
    const message = reason(env);
    expect(message).toBe(expected);
    expect(message).not.toContain('\n');
    expect(message).not.toContain(oidc.CONSOLE_OIDC_CLIENT_SECRET);
    expect(message).not.toContain(SESSION_SECRET);
  });
});

describe('where a live console without sign-in may listen', () => {
  it.each(['127.0.0.1', '127.0.1.1', 'localhost', '::1'])('listens on loopback %s', (host) => {
    expect(loadConfig({ ...live, HOST: host }).host).toBe(host);
  });

  it.each(['0.0.0.0', '::', '192.168.1.20', 'console.example.com'])('refuses %s with a one-line reason', (host) => {
    expect(reason({ ...live, HOST: host })).toBe(
      `Refusing to listen on ${host} in live mode without sign-in: set CONSOLE_OIDC_* or CONSOLE_ALLOW_UNAUTHENTICATED=true`,
    );
  });

  it('listens anywhere with sign-in, in demo mode, or by explicit override (which the SPA is told about)', () => {
    expect(loadConfig({ ...live, ...oidc, HOST: '0.0.0.0', CONSOLE_PUBLIC_URL: 'https://console.example.com', CONSOLE_SESSION_SECRET: SESSION_SECRET }).auth.unauthenticatedOverride).toBe(false);
    expect(loadConfig({ HOST: '0.0.0.0' }).mode).toBe('demo');
    expect(loadConfig({ ...live, HOST: '0.0.0.0', CONSOLE_ALLOW_UNAUTHENTICATED: 'true' }).auth).toEqual({ signIn: null, unauthenticatedOverride: true });
    // The override only means something where it is needed.
    expect(loadConfig({ ...live, ...oidc, CONSOLE_ALLOW_UNAUTHENTICATED: 'true' }).auth.unauthenticatedOverride).toBe(false);
    expect(loadConfig({ CONSOLE_ALLOW_UNAUTHENTICATED: 'true' }).auth.unauthenticatedOverride).toBe(false);
  });

  it('knows loopback names', () => {
    expect(['localhost', '127.0.0.1', '127.8.9.10', '::1', '[::1]'].every(isLoopbackHost)).toBe(true);
    expect(['0.0.0.0', '::', '10.0.0.1', 'localhost.evil.example', '127.0.0.1.evil.example', ''].some(isLoopbackHost)).toBe(false);
  });

  it('server/main.ts stops with exit code 1 and the reason', () => {
    const main = fileURLToPath(new URL('../main.ts', import.meta.url));
    const result = spawnSync(process.execPath, ['--import', 'tsx', main], {
      env: { PATH: process.env.PATH, ...live, HOST: '0.0.0.0', PORT: '0' },
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe(
      'Configuration error: Refusing to listen on 0.0.0.0 in live mode without sign-in: set CONSOLE_OIDC_* or CONSOLE_ALLOW_UNAUTHENTICATED=true',
    );
    expect(result.stdout).toBe('');
  });
});
