import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { compileCatalogs } from './scripts/compile-catalogs';

export default defineConfig({
  // Message catalogues are compiled here, so the browser never parses ICU messages (docs/i18n.md).
  plugins: [compileCatalogs(), react()],
  build: {
    outDir: 'dist',
    sourcemap: false,
    rolldownOptions: {
      // The schema modules only define schemas: one that the entry's code does not use (the wizard's,
      // the task's) is left to the pages that do, although the schemas barrel re-exports it.
      treeshake: { moduleSideEffects: [{ test: /[\\/]src[\\/]api[\\/]schemas[\\/]/, sideEffects: false }] },
      output: {
        codeSplitting: {
          // Performance: everything the entry loads (the services page included) in ONE chunk.
          // Automatic splitting made many small shared chunks of it, each gzipped alone and each
          // with its own import/export lists (figures in docs/performance.md). Lazy pages still
          // get their own chunks and import from this one.
          groups: [{ name: 'index', tags: ['$initial'] }],
        },
      },
    },
    // The entry is one large chunk on purpose (above; its size is in docs/performance.md).
    chunkSizeWarningLimit: 800,
  },
  server: {
    // `npm run dev`: hot reload here, /api answered by `npm run serve` (demo or live).
    port: 5180,
    strictPort: true,
    proxy: { '/api': `http://127.0.0.1:${process.env.API_PORT ?? 5173}` },
  },
  test: {
    globals: true,
    environment: 'jsdom',
    setupFiles: ['./src/test/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}', 'server/**/*.test.ts', 'simulator/**/*.test.ts', 'scripts/**/*.test.ts', 'eslint/**/*.test.ts'],
    restoreMocks: true,
    // A hang detector, not a speed budget: whole-page tests fill forms as a person does, several
    // times slower on a loaded 2-core machine.
    // 60 s was overrun by one wizard test at load 12 (stress-ng, e2e and a second suite at once).
    testTimeout: 120_000,
  },
});
