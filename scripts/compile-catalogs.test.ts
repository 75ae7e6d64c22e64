import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { CATALOG_FILE, compileCatalog } from './compile-catalogs';

const ROOT = join(import.meta.dirname, '..');
const catalogs = readdirSync(join(ROOT, 'src'), { recursive: true, encoding: 'utf8' })
  .map((file) => join(ROOT, 'src', file))
  .filter((file) => CATALOG_FILE.test(file));
const read = (file: string): Record<string, string> => JSON.parse(readFileSync(file, 'utf8'));

type Token = string | [string, string?, Record<string, Token[]>?];
/**
 * The placeholder names of a message, from its compiled form: a select's branch text ("{Customer not
 * found}") is not a placeholder, and a translation may use one in more (or fewer) branches.
 */
function names(message: string): string[] {
  const found = new Set<string>();
  const walk = (tokens: Token[]): void => {
    for (const token of tokens) {
      if (typeof token === 'string') continue;
      found.add(token[0]);
      for (const branch of Object.values(token[2] ?? {})) walk(branch);
    }
  };
  const compiled: unknown = JSON.parse(compileCatalog(JSON.stringify({ message }), 'names')).message;
  if (Array.isArray(compiled)) walk(compiled as Token[]);
  return [...found].sort();
}

describe('message catalogues', () => {
  it('are found, and every one compiles (valid ICU MessageFormat)', () => {
    expect(catalogs.length).toBeGreaterThanOrEqual(8);
    for (const file of catalogs) expect(() => compileCatalog(readFileSync(file, 'utf8'), file)).not.toThrow();
  });

  it('translate only ids that English has, with the same placeholders', () => {
    for (const file of catalogs.filter((name) => !name.endsWith('.en.json'))) {
      const english = read(file.replace(/\.[a-z]{2}(-[A-Z]{2})?\.json$/, '.en.json'));
      for (const [id, message] of Object.entries(read(file))) {
        const where = `${relative(ROOT, file)}: ${id}`;
        expect(english[id], where).toBeDefined();
        expect(names(message), where).toEqual(names(english[id] ?? ''));
      }
    }
  });

  it('compile plain text to a string and placeholders and plurals to tokens', () => {
    const compiled = JSON.parse(compileCatalog(JSON.stringify({ a: 'Plain', b: '{n, plural, one {# row} other {# rows}}' }), 'x'));
    expect(compiled.a).toBe('Plain');
    expect(compiled.b).toEqual([['n', 'plural', { one: ['#', ' row'], other: ['#', ' rows'] }]]);
  });
});
