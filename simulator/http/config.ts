import { z } from 'zod';

/** The simulator's own knobs; the data knobs (SIM_CUSTOMERS, SIM_LATENCY_MS, SIM_FAULTS) belong to the store. */
export interface SimulatorConfig {
  port: number;
  host: string;
  clientId: string;
  clientSecret: string;
  tokenTtlS: number;
}

const wholeNumber = (name: string, min: number, max: number) =>
  z
    .string()
    .trim()
    .regex(/^\d+$/, `${name} must be a whole number`)
    .transform(Number)
    .refine((value) => value >= min && value <= max, `${name} must be from ${min} to ${max}`);

const schema = z.object({
  SIM_PORT: wholeNumber('SIM_PORT', 0, 65_535).default(4010),
  SIM_HOST: z.string().trim().min(1).default('127.0.0.1'),
  SIM_CLIENT_ID: z.string().trim().min(1, 'SIM_CLIENT_ID must not be empty').default('console-local'),
  SIM_CLIENT_SECRET: z.string().min(1, 'SIM_CLIENT_SECRET must not be empty').default('local-simulator-secret'),
  SIM_TOKEN_TTL_S: wholeNumber('SIM_TOKEN_TTL_S', 1, 86_400).default(3600),
});

/** Throws an Error whose message is one line naming the bad variable. */
export function simulatorConfigFromEnv(env: Record<string, string | undefined>): SimulatorConfig {
  // Empty strings count as unset, as in a .env file with `SIM_PORT=`.
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ''));
  const parsed = schema.safeParse(present);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const name = String(issue?.path[0] ?? 'environment');
    const message = issue?.message ?? 'invalid value';
    throw new Error(message.includes(name) ? message : `${name}: ${message}`);
  }
  const value = parsed.data;
  return {
    port: value.SIM_PORT,
    host: value.SIM_HOST,
    clientId: value.SIM_CLIENT_ID,
    clientSecret: value.SIM_CLIENT_SECRET,
    tokenTtlS: value.SIM_TOKEN_TTL_S,
  };
}
