import { activateLocale, registerCatalog } from './catalogs';
import { currentLocale, formatLocale } from './locale';
import { formatCount } from './format';
import { t as servicesT } from '../features/services/messages';
import { compileCatalog } from '../../scripts/compile-catalogs';

/** A catalogue as the build gives it to the page (scripts/compile-catalogs.ts). */
const compiled = <T extends object>(messages: T): T => JSON.parse(compileCatalog(JSON.stringify(messages), 'test')) as T;

describe('message catalogues', () => {
  it('loads a translation only when its language is chosen, and falls back to English for what it lacks', async () => {
    const loadGerman = vi.fn(async () => ({ default: compiled({ 'test.hello': 'Hallo {name}' }) }));
    const { t } = registerCatalog(compiled({ 'test.hello': 'Hello {name}', 'test.bye': 'Goodbye' }), { de: loadGerman });
    expect(t('test.hello', { name: 'Ada' })).toBe('Hello Ada');
    expect(loadGerman).not.toHaveBeenCalled();

    await activateLocale('de');
    expect(loadGerman).toHaveBeenCalledTimes(1);
    expect(currentLocale()).toBe('de');
    expect(document.documentElement.lang).toBe('de');
    expect(t('test.hello', { name: 'Ada' })).toBe('Hallo Ada');
    expect(t('test.bye')).toBe('Goodbye');

    await activateLocale('en');
    await activateLocale('de');
    expect(loadGerman).toHaveBeenCalledTimes(1);
  });

  it('picks plural forms and writes numbers the way the language does', async () => {
    expect(servicesT('services.summary.count', { total: 1 })).toBe('1 customer');
    expect(servicesT('services.summary.count', { total: 12345 })).toBe('12,345 customers');
    expect(servicesT('services.summary.shownOf', { shown: 1, total: 1 })).toBe('1 of 1 customer');
    expect(servicesT('services.health.worstOf', { count: 2 })).toBe('worst of 2 OVOC services');
    expect(formatLocale()).toBe('en-GB');

    await activateLocale('de');
    expect(servicesT('services.summary.count', { total: 1 })).toBe('1 Kunde');
    expect(servicesT('services.summary.count', { total: 12345 })).toBe('12.345 Kunden');
    expect(formatCount(12345)).toBe('12.345');
  });
});
