import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { CATALOG_FILE, compileCatalog } from './compile-catalogs';

const ROOT = join(import.meta.dirname, '..');
const catalogs = readdirSync(join(ROOT, 'src'), { recursive: true, encoding: 'utf8' })
  .map((file) => join(ROOT, 'src', file))
  .filter((file) => CATALOG_FILE.test(file));
const read = (file: string): Record<string, string> => JSON.parse(readFileSync(file, 'utf8'));

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
        const names = (text: string) => [...text.matchAll(/\{(\w+)/g)].map((match) => match[1]).sort();
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
