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

/** What fastify logs of each request; the shape of fastify's own serializer. */
interface LoggedRequest {
  method: string;
  url: string;
  host?: string;
  ip?: string;
  socket?: { remotePort?: number };
}

/**
 * The sign-in URLs carry secrets in their query: the authorization code and state on
 * /auth/callback (and whatever a provider adds). Those queries are never logged; API queries
 * (?allDetails=true) are kept because they help reading a log.
 */
export function loggableUrl(url: string): string {
  return url.startsWith('/auth/') && url.includes('?') ? `${url.slice(0, url.indexOf('?'))}?[redacted]` : url;
}

function serializeRequest(request: LoggedRequest) {
  return { method: request.method, url: loggableUrl(request.url), host: request.host, remoteAddress: request.ip, remotePort: request.socket?.remotePort };
}

export function loggerOptions(level: string, stream?: LogSink): NonNullable<FastifyServerOptions['logger']> {
  return {
    level,
    redact: { paths: REDACT, censor: '[redacted]' },
    serializers: { req: serializeRequest },
    ...(stream ? { stream } : {}),
  };
}
