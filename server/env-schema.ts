import { z } from 'zod';

/**
 * zod building blocks shared by the configuration modules, so every variable is checked the same
 * way and every message names its variable in one line.
 */

export class ConfigError extends Error {}

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/** http is only acceptable to a process on this machine (the simulator); anything else must be https. */
export function isLoopbackHttp(url: URL): boolean {
  return url.protocol === 'http:' && LOOPBACK.has(url.hostname);
}

export const secureUrl = (name: string) =>
  z
    .string()
    .trim()
    .refine((value) => URL.canParse(value), `${name} must be an absolute URL`)
    .transform((value) => new URL(value))
    .refine((url) => url.protocol === 'https:' || isLoopbackHttp(url), `${name} must use https (http is allowed only on localhost)`)
    .refine((url) => !url.username && !url.password, `${name} must not contain credentials`)
    .refine((url) => !url.search && !url.hash, `${name} must not have a query or fragment`);

export const wholeNumber = (name: string, min: number, max: number) =>
  z
    .string()
    .trim()
    .regex(/^\d+$/, `${name} must be a whole number`)
    .transform(Number)
    .refine((value) => value >= min && value <= max, `${name} must be from ${min} to ${max}`);

export const booleanFlag = (name: string) =>
  z
    .string()
    .trim()
    .toLowerCase()
    .refine((value) => value === 'true' || value === 'false', `${name} must be true or false`)
    .transform((value) => value === 'true');

export function firstIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  const message = (issue?.message ?? 'invalid value').replace(/\s+/g, ' ');
  const name = issue?.path[0];
  return name === undefined || message.includes(String(name)) ? message : `${String(name)}: ${message}`;
}
