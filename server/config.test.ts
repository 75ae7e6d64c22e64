// @vitest-environment node
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { ConfigError, DEFAULT_SCOPE, loadConfig } from './config';

const live = {
  LIVE_PLATFORM_BASE_URL: 'https://sp.example.com/tenantui',
  LIVE_PLATFORM_TENANT_ID: '3bc57cac-5794-457f-ad36-2c88cade9dbb',
  LIVE_PLATFORM_CLIENT_ID: 'b6739dd5-de8d-4584-91c9-2e83cd8443bc',
  LIVE_PLATFORM_CLIENT_SECRET: 'a~secret',
};

function reason(env: Record<string, string | undefined>, argv: string[] = []): string {
  try {
    loadConfig(env, argv);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as ConfigError).message;
  }
  throw new Error('expected a configuration error');
}

describe('loadConfig', () => {
  it('is demo mode with loopback defaults when nothing is set', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ mode: 'demo', live: null, port: 5173, host: '127.0.0.1', upstreamTimeoutMs: 20_000, logLevel: 'info' });
    expect(config.distDir).toMatch(/dist$/);
    expect(config.version).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('is live mode with the documented scope and the Entra token URL filled with the tenant', () => {
    const config = loadConfig(live);
    expect(config.mode).toBe('live');
    expect(config.live?.scope).toBe(DEFAULT_SCOPE);
    expect(config.live?.tokenUrl.href).toBe('https://login.microsoftonline.com/3bc57cac-5794-457f-ad36-2c88cade9dbb/oauth2/v2.0/token');
    expect(config.live?.baseUrl.href).toBe('https://sp.example.com/tenantui');
  });

  it('--demo forces demo mode even with live settings', () => {
    expect(loadConfig(live, ['--demo'])).toMatchObject({ mode: 'demo', live: null });
  });

  it('treats empty values as unset', () => {
    expect(loadConfig({ LIVE_PLATFORM_BASE_URL: '', PORT: '' })).toMatchObject({ mode: 'demo', port: 5173 });
  });

  it('does not need a tenant when the token URL has no {tenant} slot (the simulator)', () => {
    const { LIVE_PLATFORM_TENANT_ID: _tenant, ...rest } = live;
    const config = loadConfig({ ...rest, LIVE_PLATFORM_TOKEN_URL: 'http://127.0.0.1:4010/oauth2/v2.0/token' });
    expect(config.live?.tokenUrl.href).toBe('http://127.0.0.1:4010/oauth2/v2.0/token');
  });

  it.each([
    [{ ...live, LIVE_PLATFORM_CLIENT_SECRET: undefined }, 'LIVE_PLATFORM_CLIENT_SECRET is required when LIVE_PLATFORM_BASE_URL is set'],
    [{ ...live, LIVE_PLATFORM_CLIENT_ID: '' }, 'LIVE_PLATFORM_CLIENT_ID is required when LIVE_PLATFORM_BASE_URL is set'],
    [{ ...live, LIVE_PLATFORM_TENANT_ID: undefined }, 'LIVE_PLATFORM_TENANT_ID is required when LIVE_PLATFORM_BASE_URL is set'],
    [{ ...live, LIVE_PLATFORM_BASE_URL: 'sp.example.com' }, 'LIVE_PLATFORM_BASE_URL must be an absolute URL'],
    [{ ...live, LIVE_PLATFORM_BASE_URL: 'http://sp.example.com' }, 'LIVE_PLATFORM_BASE_URL must use https (http is allowed only on localhost)'],
    [{ ...live, LIVE_PLATFORM_BASE_URL: 'https://user:pw@sp.example.com' }, 'LIVE_PLATFORM_BASE_URL must not contain credentials'],
    [{ ...live, LIVE_PLATFORM_TOKEN_URL: 'http://login.example.com/token' }, 'LIVE_PLATFORM_TOKEN_URL must use https (http is allowed only on localhost)'],
    [{ ...live, LIVE_PLATFORM_TENANT_ID: 'a/../b' }, 'LIVE_PLATFORM_TENANT_ID must be a tenant GUID or domain name'],
    [{ PORT: 'eighty' }, 'PORT must be a whole number'],
    [{ PORT: '70000' }, 'PORT must be from 0 to 65535'],
    [{ UPSTREAM_TIMEOUT_MS: '5' }, 'UPSTREAM_TIMEOUT_MS must be from 100 to 600000'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent'],
    [{ LIVE_PLATFORM_SCOPE: 'a b' }, 'LIVE_PLATFORM_SCOPE must not contain spaces'],
  ])('rejects %j with one line', (env, expected) => {
    const message = reason(env);
    expect(message).toBe(expected);
    expect(message).not.toContain('\n');
  });

  it('never puts the secret in a configuration error', () => {
    const message = reason({ ...live, LIVE_PLATFORM_BASE_URL: 'nope' });
    expect(message).not.toContain(live.LIVE_PLATFORM_CLIENT_SECRET);
  });
});

describe('server/main.ts start-up', () => {
  it('stops with exit code 1 and a one-line reason on bad configuration', () => {
    const main = fileURLToPath(new URL('./main.ts', import.meta.url));
    const result = spawnSync(process.execPath, ['--import', 'tsx', main], {
      env: { PATH: process.env.PATH, LIVE_PLATFORM_BASE_URL: 'https://sp.example.com', LIVE_PLATFORM_TENANT_ID: 't', LIVE_PLATFORM_CLIENT_ID: 'c' },
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe('Configuration error: LIVE_PLATFORM_CLIENT_SECRET is required when LIVE_PLATFORM_BASE_URL is set');
    expect(result.stdout).toBe('');
  });
});

describe('the store and the mirror', () => {
  it('keeps the embedded store in ./data, in memory for --demo, in CONSOLE_DATA_DIR when set, on PostgreSQL with DATABASE_URL', () => {
    expect(loadConfig(live).store).toEqual({ kind: 'pglite', dataDir: expect.stringMatching(/\/data$/) as unknown });
    expect(loadConfig({}, ['--demo']).store).toEqual({ kind: 'pglite', dataDir: null });
    expect(loadConfig({ CONSOLE_DATA_DIR: '/var/lib/console' }, ['--demo']).store).toEqual({ kind: 'pglite', dataDir: '/var/lib/console' });
    expect(loadConfig({ DATABASE_URL: 'postgres://u:p@db:5432/console' }).store).toEqual({ kind: 'postgres', url: 'postgres://u:p@db:5432/console' });
    expect(loadConfig({})).toMatchObject({ pollSeconds: 60, historyDays: 90 });
  });

  it('refuses a bad value with one line naming the variable, never echoing a password', () => {
    expect(reason({ DATABASE_URL: 'mysql://u:hunter2@db/console' })).toBe('DATABASE_URL must be a postgres:// URL');
    expect(reason({ CONSOLE_POLL_SECONDS: '0' })).toBe('CONSOLE_POLL_SECONDS must be from 1 to 86400');
    expect(reason({ CONSOLE_HISTORY_DAYS: 'ninety' })).toBe('CONSOLE_HISTORY_DAYS must be a whole number');
  });
});
