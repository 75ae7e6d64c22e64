/**
 * Vite plugin: a message catalogue (`messages.<locale>.json`, ICU MessageFormat strings by id) is
 * compiled to Lingui's compiled form when it is imported, so the browser never ships a message parser.
 * The output is still JSON, so Vite's own JSON plugin turns it into a module afterwards.
 */
import type { Plugin } from 'vite';
import { compileMessageOrThrow } from '@lingui/message-utils/compileMessage';

export const CATALOG_FILE = /[\\/]messages\.[a-z]{2}(-[A-Z]{2})?\.json$/;

export function compileCatalog(source: string, file: string): string {
  const messages: unknown = JSON.parse(source);
  if (typeof messages !== 'object' || messages === null || Array.isArray(messages)) throw new Error(`${file}: a catalogue is an object of id: message`);
  const compiled = Object.fromEntries(
    Object.entries(messages).map(([id, message]) => {
      if (typeof message !== 'string') throw new Error(`${file}: "${id}" is not a string`);
      try {
        const compiled = compileMessageOrThrow(message);
        // Plain text stays a string (Lingui returns a string as it is): shorter than a one-token array.
        return [id, compiled.length === 1 && typeof compiled[0] === 'string' ? compiled[0] : compiled];
      } catch (error) {
        throw new Error(`${file}: "${id}": ${error instanceof Error ? error.message : String(error)}`, { cause: error });
      }
    }),
  );
  return JSON.stringify(compiled);
}

export function compileCatalogs(): Plugin {
  return {
    name: 'lpc:compile-catalogs',
    enforce: 'pre',
    transform(code, id) {
      const file = id.split('?')[0] ?? id;
      if (!CATALOG_FILE.test(file)) return null;
      return { code: compileCatalog(code, file), map: null };
    },
  };
}
