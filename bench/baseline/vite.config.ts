/**
 * The bench's baseline page (MUI X Data Grid over the same list), built only by `npm run bench`
 * into bench-dist/baseline; never part of dist/.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('../../bench-dist/baseline', import.meta.url)),
    emptyOutDir: true,
    manifest: true,
    sourcemap: false,
  },
});
