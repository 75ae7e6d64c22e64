/**
 * Compiles the server (server/main.ts and what it imports from simulator/ and src/) to one plain
 * JavaScript file, dist-server/main.js, so production runs `node` without a TypeScript runtime.
 * Packages stay external: `npm ci --omit=dev` installs them next to it.
 */
import { build } from 'esbuild';

const outfile = process.argv[2] ?? 'dist-server/main.js';

await build({
  entryPoints: ['server/main.ts'],
  outfile,
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
console.log(`server built: ${outfile}`);
