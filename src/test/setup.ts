import '@testing-library/jest-dom/vitest';
import { configure } from '@testing-library/dom';
import { afterEach } from 'vitest';
import { activateLocale } from '../i18n/catalogs';
import { DEFAULT_LOCALE, LOCALE_STORAGE_KEY } from '../i18n/locale';

// findBy*/waitFor wait for what a person would see; their deadline is a hang detector, not a speed
// budget (a loaded 2-core machine renders a whole page several times slower than an idle one).
configure({ asyncUtilTimeout: 20_000 });

// Every test starts in English, whatever language the one before switched to.
afterEach(async () => {
  await activateLocale(DEFAULT_LOCALE);
  globalThis.localStorage?.removeItem(LOCALE_STORAGE_KEY);
});
