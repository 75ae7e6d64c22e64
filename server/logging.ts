import type { FastifyServerOptions } from 'fastify';

/** Where log lines go; tests pass one to read what was logged. */
export interface LogSink {
  write(line: string): void;
}

/**
 * pino options for fastify. fastify's request serializer logs no headers, and our code never
 * logs a token or the secret; the redaction is there so a future `log.info({ headers })`
 * or debug serializer cannot leak them either.
 */
const REDACT = [
  'req.headers.authorization',
  'req.headers.cookie',
  'res.headers["set-cookie"]',
  'headers.authorization',
  'headers.cookie',
  '*.authorization',
  '*.clientSecret',
  '*.client_secret',
  '*.access_token',
  '*.accessToken',
];

export function loggerOptions(level: string, stream?: LogSink): NonNullable<FastifyServerOptions['logger']> {
  return {
    level,
    redact: { paths: REDACT, censor: '[redacted]' },
    ...(stream ? { stream } : {}),
  };
}
