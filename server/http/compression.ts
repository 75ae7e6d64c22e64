import { constants } from 'node:zlib';
import type { FastifyCompressOptions } from '@fastify/compress';

/**
 * Compression of what the server sends: brotli or gzip, whichever the browser prefers (Chromium
 * sends `br`), from 1 kB on. Brotli quality 4 (fastify-compress's choice: 11 would cost seconds).
 */
export const COMPRESSION = { encodings: ['br', 'gzip'], threshold: 1024 } satisfies FastifyCompressOptions;

/**
 * Proxied answers (the customers list: 15.3 MB of JSON at 50,000 customers) are streamed, so the
 * compressor's output should leave as it is made. With brotli's default 4 MB window, quality 4
 * emits nothing until ~6 MB went in (it closes a block at twice the window); with 256 kB
 * (lgwin 18) it emits at once, and for this JSON it is also smaller and cheaper: 3.11 MB instead
 * of 3.19 MB, ~140 instead of ~200 ms of CPU (docs/performance.md, "What changed" point 7).
 * The JS assets are not helped (within 0.1 %), so they keep the defaults.
 */
export const PROXIED_BODY_COMPRESSION = {
  ...COMPRESSION,
  brotliOptions: { params: { [constants.BROTLI_PARAM_QUALITY]: 4, [constants.BROTLI_PARAM_LGWIN]: 18 } },
} satisfies FastifyCompressOptions;

/**
 * The snapshot's answers (/api/console/services and /health: 20-25 MB of JSON at 50,000) are
 * compressed per answer, for every console that opens a page. Brotli quality 1 costs about a tenth of
 * quality 4's CPU for an answer about 11 % larger (docs/performance.md, "The snapshot answers").
 */
export const SNAPSHOT_COMPRESSION = {
  ...COMPRESSION,
  brotliOptions: { params: { [constants.BROTLI_PARAM_QUALITY]: 1 } },
  zlibOptions: { level: 1 },
} satisfies FastifyCompressOptions;
