/**
 * Compiles the server (server/main.ts and what it imports from simulator/ and src/) to one plain
 * JavaScript file, dist-server/main.js (and the mirror's poll worker beside it, dist-server/poll-worker.js), so production runs `node` without a TypeScript runtime.
 * Packages stay external: `npm ci --omit=dev` installs them next to it.
 */
import { basename, dirname, join } from 'node:path';
import { build } from 'esbuild';

const outfile = process.argv[2] ?? 'dist-server/main.js';
const outdir = dirname(outfile);

await build({
  // The mirror's poll worker is a file of its own that the server starts as a thread; it is found
  // next to main.js at run time (server/mirror/poll-thread.ts).
  entryPoints: { [basename(outfile, '.js')]: 'server/main.ts', 'poll-worker': 'server/mirror/poll-worker.ts' },
  outdir,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  sourcemap: true,
  // Stack traces in the log point at the TypeScript lines.
  sourcesContent: false,
  logLevel: 'warning',
});
console.log(`server built: ${outfile} and ${join(outdir, 'poll-worker.js')}`);
