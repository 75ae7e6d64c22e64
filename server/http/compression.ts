import { constants } from 'node:zlib';
import type { FastifyCompressOptions } from '@fastify/compress';

/**
 * Compression of what the server sends: brotli or gzip, whichever the browser prefers (Chromium
 * sends `br`), from 1 kB on. Brotli quality 4 (fastify-compress's choice: 11 would cost seconds).
 */
export const COMPRESSION = { encodings: ['br', 'gzip'], threshold: 1024 } satisfies FastifyCompressOptions;

/**
 * Proxied answers are streamed, so the compressor's output should leave as it is made: brotli's
 * default window holds back the first megabytes, a 256 kB window (lgwin 18) does not, and is also
 * smaller and cheaper for this JSON (figures: docs/performance.md, "What changed" point 7).
 */
export const PROXIED_BODY_COMPRESSION = {
  ...COMPRESSION,
  brotliOptions: { params: { [constants.BROTLI_PARAM_QUALITY]: 4, [constants.BROTLI_PARAM_LGWIN]: 18 } },
} satisfies FastifyCompressOptions;

/**
 * The snapshot's answers are large and compressed per answer, for every console that opens a page:
 * quality 1 costs a fraction of quality 4's CPU for a slightly larger answer (docs/performance.md).
 */
export const SNAPSHOT_COMPRESSION = {
  ...COMPRESSION,
  brotliOptions: { params: { [constants.BROTLI_PARAM_QUALITY]: 1 } },
  zlibOptions: { level: 1 },
} satisfies FastifyCompressOptions;
