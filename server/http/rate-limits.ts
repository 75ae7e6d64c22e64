import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { wholeNumber } from '../env-schema';

/**
 * Rate limits: sign-in start and callback per client address (a script cannot hammer the identity
 * provider through us), state-changing calls per person (a stuck button or a script cannot create
 * or delete in bulk). Behind a reverse proxy the client address is only right with CONSOLE_TRUST_PROXY (ops/ops-config.ts).
 */

export interface LimitsConfig {
  signInPerMinute: number;
  changesPerMinute: number;
}

export const limitsEnvShape = {
  CONSOLE_RATE_SIGNIN_PER_MINUTE: wholeNumber('CONSOLE_RATE_SIGNIN_PER_MINUTE', 1, 10_000).default(20),
  CONSOLE_RATE_CHANGES_PER_MINUTE: wholeNumber('CONSOLE_RATE_CHANGES_PER_MINUTE', 1, 10_000).default(30),
};

type LimitsEnv = z.output<z.ZodObject<typeof limitsEnvShape>>;

export function readLimits(value: LimitsEnv): LimitsConfig {
  return { signInPerMinute: value.CONSOLE_RATE_SIGNIN_PER_MINUTE, changesPerMinute: value.CONSOLE_RATE_CHANGES_PER_MINUTE };
}

/** Thrown by the limit hooks; the app's error handler turns it into a 429 problem (Retry-After is already set). */
export class TooManyRequests extends Error {
  readonly statusCode = 429;
  constructor(readonly detail: string) {
    super('Too Many Requests');
  }
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
