import helmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';

/**
 * Security headers on every answer. The CSP allows inline styles only because MUI/emotion
 * inject <style> tags at run time; scripts come from our own files only (no inline, no eval).
 */
export async function securityHeaders(app: FastifyInstance): Promise<void> {
  await app.register(helmet, {
    contentSecurityPolicy: {
      // Exactly these directives: helmet's defaults add upgrade-insecure-requests, which breaks
      // a console served over plain HTTP on a LAN address.
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        frameAncestors: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        objectSrc: ["'none'"],
      },
    },
    referrerPolicy: { policy: 'no-referrer' },
    xFrameOptions: { action: 'deny' },
    // Only honoured over HTTPS. No includeSubDomains: the console usually lives on one host of a
    // provider's domain and must not decide for its siblings.
    strictTransportSecurity: { maxAge: 15_552_000, includeSubDomains: false },
  });
}
