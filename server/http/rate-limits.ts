import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { ConfigError, wholeNumber } from '../env-schema';

/**
 * Rate limits: sign-in start and callback per client address (a script cannot hammer the identity
 * provider through us), state-changing calls per person (a stuck button or a script cannot create
 * or delete in bulk). Behind a reverse proxy the client address is only right with CONSOLE_TRUST_PROXY.
 */

export interface LimitsConfig {
  /** fastify's trustProxy: false, true, a hop count, or the proxies' addresses / CIDRs. */
  trustProxy: boolean | string[] | { hops: number };
  signInPerMinute: number;
  changesPerMinute: number;
}

export const limitsEnvShape = {
  CONSOLE_TRUST_PROXY: z.string().trim().optional(),
  CONSOLE_RATE_SIGNIN_PER_MINUTE: wholeNumber('CONSOLE_RATE_SIGNIN_PER_MINUTE', 1, 10_000).default(20),
  CONSOLE_RATE_CHANGES_PER_MINUTE: wholeNumber('CONSOLE_RATE_CHANGES_PER_MINUTE', 1, 10_000).default(30),
};

type LimitsEnv = z.output<z.ZodObject<typeof limitsEnvShape>>;

function trustProxy(text: string | undefined): LimitsConfig['trustProxy'] {
  if (text === undefined || text === 'false') return false;
  if (text === 'true') return true;
  if (/^\d{1,2}$/.test(text)) return { hops: Number(text) };
  const entries = text.split(',').map((entry) => entry.trim()).filter(Boolean);
  if (entries.length === 0 || entries.some((entry) => !/^[0-9a-fA-F.:]+(\/\d{1,3})?$/.test(entry))) {
    throw new ConfigError('CONSOLE_TRUST_PROXY must be true, false, a hop count, or a comma list of proxy addresses or CIDRs');
  }
  return entries;
}

export function readLimits(value: LimitsEnv): LimitsConfig {
  return { trustProxy: trustProxy(value.CONSOLE_TRUST_PROXY), signInPerMinute: value.CONSOLE_RATE_SIGNIN_PER_MINUTE, changesPerMinute: value.CONSOLE_RATE_CHANGES_PER_MINUTE };
}

/** Thrown by the limit hooks; the app's error handler turns it into a 429 problem (Retry-After is already set). */
export class TooManyRequests extends Error {
  readonly statusCode = 429;
  constructor(readonly detail: string) {
    super('Too Many Requests');
  }
}

/** As fastify takes it (its types lack the hop count, so hops become the equivalent function). */
export function fastifyTrustProxy(value: LimitsConfig['trustProxy']): boolean | string[] | ((address: string, hop: number) => boolean) {
  if (typeof value === 'object' && !Array.isArray(value)) {
    const { hops } = value;
    return (_address, hop) => hop < hops;
  }
  return value;
}

export async function installRateLimits(app: FastifyInstance): Promise<void> {
  // Not global: each limit is a hook on the routes it guards.
  await app.register(rateLimit, { global: false });
}

const tooMany = (what: string) => (_request: FastifyRequest, context: { after: string }) =>
  new TooManyRequests(`Too many ${what}. Try again in ${context.after}.`);

/** For /auth/login and /auth/callback: per client address. */
export function signInLimit(app: FastifyInstance, limits: LimitsConfig) {
  return app.rateLimit({
    max: limits.signInPerMinute,
    timeWindow: 60_000,
    keyGenerator: (request) => `signin:${request.ip}`,
    errorResponseBuilder: tooMany('sign-in attempts from this address'),
  });
}

/** For state-changing calls: per person (the signed-in subject, else the client address). */
export function changesLimit(app: FastifyInstance, limits: LimitsConfig, isChange: (request: FastifyRequest) => boolean) {
  return app.rateLimit({
    max: limits.changesPerMinute,
    timeWindow: 60_000,
    keyGenerator: (request) => `changes:${request.consoleSession?.user.subject ?? request.ip}`,
    allowList: (request) => !isChange(request),
    errorResponseBuilder: tooMany('changes in a short time'),
  });
}
