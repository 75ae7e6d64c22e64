import { isIP } from 'node:net';
import { z } from 'zod';
import { wholeNumber } from '../env-schema';

/**
 * Operations settings: who may read /metrics and where, which proxies are trusted for the
 * client's address and scheme, and how long a shutdown may take. Read with the rest of the
 * configuration (config.ts), so a bad value stops the start with a one-line reason.
 */

/** fastify's `trustProxy`: false, true (every hop), a hop count, or the proxies' addresses/CIDRs. */
export type TrustProxy = boolean | number | string[];

export interface OpsConfig {
  /** Bearer token for /metrics on the console's port; null = not served there. */
  metricsToken: string | null;
  /** A separate listener for /metrics alone (no token), e.g. on an address only the scraper reaches. */
  metricsPort: number | null;
  metricsHost: string | null;
  trustProxy: TrustProxy;
  /** How long in-flight calls may finish after a stop signal before they are ended (503). */
  shutdownMs: number;
}

const addressOrCidr = (entry: string): boolean => {
  const [address, bits, ...rest] = entry.split('/');
  if (rest.length > 0 || !address || isIP(address) === 0) return false;
  return bits === undefined || (/^\d{1,3}$/.test(bits) && Number(bits) <= (isIP(address) === 4 ? 32 : 128));
};

const trustProxy = z
  .string()
  .trim()
  .transform((value, context): TrustProxy => {
    if (value === 'false') return false;
    if (value === 'true') return true;
    if (/^\d{1,2}$/.test(value)) return Number(value);
    const list = value.split(',').map((entry) => entry.trim()).filter((entry) => entry !== '');
    if (list.length > 0 && list.every(addressOrCidr)) return list;
    context.addIssue({ code: 'custom', message: 'CONSOLE_TRUST_PROXY must be true, false, a hop count, or a comma-separated list of proxy addresses or CIDRs' });
    return z.NEVER;
  });

export const opsEnvShape = {
  CONSOLE_METRICS_TOKEN: z.string().trim().min(16, 'CONSOLE_METRICS_TOKEN must be at least 16 characters').regex(/^[\x21-\x7e]+$/, 'CONSOLE_METRICS_TOKEN must be visible ASCII without spaces').optional(),
  METRICS_PORT: wholeNumber('METRICS_PORT', 0, 65_535).optional(),
  METRICS_HOST: z.string().trim().min(1).optional(),
  CONSOLE_TRUST_PROXY: trustProxy.default(false),
  CONSOLE_SHUTDOWN_SECONDS: wholeNumber('CONSOLE_SHUTDOWN_SECONDS', 1, 600).default(10),
};

type OpsEnv = z.output<z.ZodObject<typeof opsEnvShape>>;

export function readOpsConfig(value: OpsEnv, listenHost: string): OpsConfig {
  const metricsPort = value.METRICS_PORT ?? null;
  return {
    metricsToken: value.CONSOLE_METRICS_TOKEN ?? null,
    metricsPort,
    metricsHost: metricsPort === null ? null : (value.METRICS_HOST ?? listenHost),
    trustProxy: value.CONSOLE_TRUST_PROXY,
    shutdownMs: value.CONSOLE_SHUTDOWN_SECONDS * 1000,
  };
}

/** fastify's option type has no hop count, so a count becomes the function proxy-addr would make of it. */
export function fastifyTrustProxy(value: TrustProxy): boolean | string[] | ((address: string, hop: number) => boolean) {
  return typeof value === 'number' ? (_address, hop) => hop < value : value;
}
