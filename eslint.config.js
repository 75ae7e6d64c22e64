import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import pluginQuery from '@tanstack/eslint-plugin-query';
import tseslint from 'typescript-eslint';
import boundaries from './eslint/import-boundaries.js';
import fileNames from './eslint/file-names.js';
import jsxStrings from './eslint/jsx-strings.js';

// The browser code uses zod/mini: classic zod cannot be tree-shaken (every schema carries every method,
// JSON-schema conversion included) and one import of it puts ~15 kB gzip back on the first page.
const classicZod = { name: 'zod', message: "Use zod/mini in the browser code (import * as z from 'zod/mini')." };

export default tseslint.config(
  { ignores: ['dist', 'dist-*', 'node_modules', 'test-results', 'playwright-report', 'bench-results', 'bench-dist', 'public/mockServiceWorker.js'] },
  {
    files: ['**/*.{ts,tsx}'],
    extends: [js.configs.recommended, ...tseslint.configs.strict],
    languageOptions: {
      ecmaVersion: 2023,
      globals: { ...globals.browser, ...globals.node },
    },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/ban-ts-comment': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // The simulator runs in Node (server and tests), never in the page.
    files: ['src/**/*.{ts,tsx}', 'bench/baseline/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { paths: [classicZod] }],
    },
  },
  {
    // Domain rules stay free of React and of our other layers (DESIGN.md "Rooms").
    files: ['src/domain/**/*.ts'],
    rules: {
      // The rooms it may not import are in eslint/import-boundaries.js; here the libraries.
      'no-restricted-imports': ['error', { paths: [classicZod], patterns: ['react', '@mui/*'] }],
    },
  },
  {
    // Queries through the key factories and queryOptions of src/api/*queries*.ts (TanStack's strict set).
    files: ['src/**/*.{ts,tsx}'],
    extends: [pluginQuery.configs['flat/recommended-strict']],
  },
  {
    // Where an import may land, whatever the feature is called (eslint/import-boundaries.js).
    files: ['src/**/*.{ts,tsx}'],
    plugins: { boundaries },
    rules: { 'boundaries/import-boundaries': 'error' },
  },
  {
    // One naming rule for every file we write (eslint/file-names.js).
    files: ['{src,server,simulator,e2e,bench,scripts,eslint}/**/*.{ts,tsx,js}'],
    plugins: { 'file-names': fileNames },
    rules: { 'file-names/file-names': 'error' },
  },
  {
    // Words a person reads come from a catalogue (eslint/jsx-strings.js, docs/i18n.md); tests write English freely.
    files: ['src/**/*.tsx'],
    ignores: ['src/test/**', '**/*.test.*'],
    plugins: { i18n: jsxStrings },
    rules: { 'i18n/jsx-strings': 'error' },
  },
  {
    // Keys come from the factories in src/api/*queries*.ts, so one invalidation reaches every query it should.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/api/**', 'src/test/**', '**/*.test.*'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'Property[key.name=/^(queryKey|mutationKey)$/] > ArrayExpression',
          message: 'Take the key from its factory in src/api/*queries*.ts (e.g. customerKeys.detail(guid)), not an array written here.',
        },
      ],
    },
  },
);
