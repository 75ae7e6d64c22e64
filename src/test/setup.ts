import '@testing-library/jest-dom/vitest';
import { configure } from '@testing-library/dom';
import { afterEach, beforeAll } from 'vitest';
import { activateLocale } from '../i18n/catalogs';
import { loadTooltip } from '../components/Hint';
import { DEFAULT_LOCALE, LOCALE_STORAGE_KEY } from '../i18n/locale';

// findBy*/waitFor wait for what a person would see; their deadline is a hang detector, not a speed
// budget (a loaded 2-core machine renders a whole page several times slower than an idle one; at
// load 20 the first import of a lazy page alone took over 20 s). Inside Vitest's 120 s per test.
configure({ asyncUtilTimeout: 60_000 });

// Tooltips as a person meets them once the page has loaded (components/Hint.tsx fetches them after the first paint).
beforeAll(() => loadTooltip());

// Every test starts in English, whatever language the one before switched to.
afterEach(async () => {
  await activateLocale(DEFAULT_LOCALE);
  globalThis.localStorage?.removeItem(LOCALE_STORAGE_KEY);
});
