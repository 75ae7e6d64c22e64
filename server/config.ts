import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';
import { authEnvShape, readAuthConfig, type AuthConfig } from './auth/auth-config';
import { limitsEnvShape, readLimits, type LimitsConfig } from './http/rate-limits';
import type { StoreConfig } from './store/store';
import { ConfigError, firstIssue, isLoopbackHttp, secureUrl, wholeNumber } from './env-schema';
import { opsEnvShape, readOpsConfig, type OpsConfig } from './ops/ops-config';

// Other modules have always imported these from here.
export { ConfigError, isLoopbackHttp };

/**
 * The server's configuration, read from the environment once at start. Every problem is
 * reported as one line naming the variable, so a bad deployment fails loudly and clearly.
 */

export const DEFAULT_SCOPE = 'api://9d576dc4-b85d-4571-880e-4c6ed4c08c31/.default';
export const DEFAULT_TOKEN_URL = 'https://login.microsoftonline.com/{tenant}/oauth2/v2.0/token';

export interface LiveUpstream {
  /** Base URL of the Live Platform, possibly with a path prefix (https://sp.example.com/tenantui). */
  baseUrl: URL;
  tokenUrl: URL;
  clientId: string;
  clientSecret: string;
  scope: string;
}

export interface AppConfig {
  mode: 'demo' | 'live';
  /** Present exactly in live mode. */
  live: LiveUpstream | null;
  upstreamTimeoutMs: number;
  port: number;
  host: string;
  distDir: string;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  version: string;
  /** Staff sign-in (or its deliberate absence); see auth-config.ts. */
  auth: AuthConfig;
  /** Rate limits and the reverse proxy in front (http/rate-limits.ts). */
  limits: LimitsConfig;
  /** Metrics, proxies, shutdown; see ops/ops-config.ts. */
  ops: OpsConfig;
  /** The shared snapshot: where it is kept, how often the Live Platform is read, how long history lasts. */
  store: StoreConfig;
  pollSeconds: number;
  historyDays: number;
  /** How long audit entries are kept, in whole days (CONSOLE_AUDIT_DAYS). */
  auditDays: number;
  /** How long the SIP connections read for the wizard's suggestions stay fresh (CONSOLE_SITES_POLL_MINUTES). */
  sitesPollMinutes: number;
}

const schema = z.object({
  LIVE_PLATFORM_BASE_URL: secureUrl('LIVE_PLATFORM_BASE_URL').optional(),
  // A tenant is a GUID or a domain name; the character set also keeps it from bending the token URL.
  LIVE_PLATFORM_TENANT_ID: z.string().trim().regex(/^[A-Za-z0-9.-]+$/, 'LIVE_PLATFORM_TENANT_ID must be a tenant GUID or domain name').optional(),
  LIVE_PLATFORM_CLIENT_ID: z.string().trim().optional(),
  LIVE_PLATFORM_CLIENT_SECRET: z.string().optional(),
  LIVE_PLATFORM_SCOPE: z.string().trim().regex(/^\S+$/, 'LIVE_PLATFORM_SCOPE must not contain spaces').default(DEFAULT_SCOPE),
  LIVE_PLATFORM_TOKEN_URL: z.string().trim().default(DEFAULT_TOKEN_URL),
  UPSTREAM_TIMEOUT_MS: wholeNumber('UPSTREAM_TIMEOUT_MS', 100, 600_000).default(20_000),
  PORT: wholeNumber('PORT', 0, 65_535).default(5173),
  HOST: z.string().trim().min(1).default('127.0.0.1'),
  DIST_DIR: z.string().trim().min(1).default('./dist'),
  LOG_LEVEL: z
    .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], { message: 'LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent' })
    .default('info'),
  DATABASE_URL: z
    .string()
    .trim()
    .refine((value) => URL.canParse(value) && /^postgres(ql)?:$/.test(new URL(value).protocol), 'DATABASE_URL must be a postgres:// URL')
    .optional(),
  CONSOLE_DATA_DIR: z.string().trim().min(1).optional(),
  CONSOLE_POLL_SECONDS: wholeNumber('CONSOLE_POLL_SECONDS', 1, 86_400).default(60),
  CONSOLE_HISTORY_DAYS: wholeNumber('CONSOLE_HISTORY_DAYS', 1, 3650).default(90),
  CONSOLE_AUDIT_DAYS: wholeNumber('CONSOLE_AUDIT_DAYS', 1, 36_500).default(400),
  CONSOLE_SITES_POLL_MINUTES: wholeNumber('CONSOLE_SITES_POLL_MINUTES', 1, 1440).default(15),
  ...authEnvShape,
  ...limitsEnvShape,
  ...opsEnvShape,
});

/** PostgreSQL when DATABASE_URL is set; else PGlite in CONSOLE_DATA_DIR, default ./data, or in memory for `--demo`. */
function storeConfig(value: z.output<typeof schema>, demoFlag: boolean): StoreConfig {
  if (value.DATABASE_URL) return { kind: 'postgres', url: value.DATABASE_URL };
  if (value.CONSOLE_DATA_DIR) return { kind: 'pglite', dataDir: resolve(value.CONSOLE_DATA_DIR) };
  return { kind: 'pglite', dataDir: demoFlag ? null : resolve('./data') };
}

type Env = Record<string, string | undefined>;

function readVersion(): string {
  try {
    const text = readFileSync(new URL('../package.json', import.meta.url), 'utf8');
    const parsed = z.object({ version: z.string() }).safeParse(JSON.parse(text));
    return parsed.success ? parsed.data.version : '0.0.0';
  } catch {
    return '0.0.0';
  }
}

function liveUpstream(value: z.output<typeof schema>, baseUrl: URL): LiveUpstream {
  const required = (name: 'LIVE_PLATFORM_CLIENT_ID' | 'LIVE_PLATFORM_CLIENT_SECRET') => {
    const given = value[name];
    if (!given) throw new ConfigError(`${name} is required when LIVE_PLATFORM_BASE_URL is set`);
    return given;
  };
  const clientId = required('LIVE_PLATFORM_CLIENT_ID');
  const clientSecret = required('LIVE_PLATFORM_CLIENT_SECRET');
  let tokenUrlText = value.LIVE_PLATFORM_TOKEN_URL;
  // The tenant is only needed to fill the token URL (Entra's default has a {tenant} slot).
  if (tokenUrlText.includes('{tenant}')) {
    if (!value.LIVE_PLATFORM_TENANT_ID) throw new ConfigError('LIVE_PLATFORM_TENANT_ID is required when LIVE_PLATFORM_BASE_URL is set');
    tokenUrlText = tokenUrlText.replaceAll('{tenant}', value.LIVE_PLATFORM_TENANT_ID);
  }
  const tokenUrl = secureUrl('LIVE_PLATFORM_TOKEN_URL').safeParse(tokenUrlText);
  if (!tokenUrl.success) throw new ConfigError(firstIssue(tokenUrl.error));
  return { baseUrl, tokenUrl: tokenUrl.data, clientId, clientSecret, scope: value.LIVE_PLATFORM_SCOPE };
}

/**
 * Reads the configuration. `--demo` in argv forces demo mode whatever LIVE_PLATFORM_* says.
 * Throws ConfigError with a one-line message.
 */
export function loadConfig(env: Env, argv: readonly string[] = []): AppConfig {
  // Empty values count as unset, as they do in most .env and compose files.
  const present = Object.fromEntries(Object.entries(env).filter(([key, val]) => key in schema.shape && val !== undefined && val !== ''));
  const parsed = schema.safeParse(present);
  if (!parsed.success) throw new ConfigError(firstIssue(parsed.error));
  const value = parsed.data;
  const demo = argv.includes('--demo') || value.LIVE_PLATFORM_BASE_URL === undefined;
  const mode = demo ? 'demo' : 'live';
  return {
    mode,
    live: demo || !value.LIVE_PLATFORM_BASE_URL ? null : liveUpstream(value, value.LIVE_PLATFORM_BASE_URL),
    upstreamTimeoutMs: value.UPSTREAM_TIMEOUT_MS,
    port: value.PORT,
    host: value.HOST,
    distDir: resolve(value.DIST_DIR),
    logLevel: value.LOG_LEVEL,
    version: readVersion(),
    auth: readAuthConfig(value, { mode, host: value.HOST, port: value.PORT }),
    limits: readLimits(value),
    ops: readOpsConfig(value, value.HOST),
    store: storeConfig(value, argv.includes('--demo')),
    pollSeconds: value.CONSOLE_POLL_SECONDS,
    historyDays: value.CONSOLE_HISTORY_DAYS,
    auditDays: value.CONSOLE_AUDIT_DAYS,
    sitesPollMinutes: value.CONSOLE_SITES_POLL_MINUTES,
  };
}
