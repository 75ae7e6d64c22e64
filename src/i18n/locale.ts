/**
 * The one place the console's language lives: which languages there are, which one is active, the
 * locale every `Intl` formatter uses for it, and where the person's choice is remembered (like the
 * theme, in localStorage). Nothing else names a locale.
 */
export const LOCALES = ['en', 'de'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE = 'en' satisfies Locale;
export const LOCALE_STORAGE_KEY = 'lpc-locale';

/**
 * Numbers and dates: English is written the British way (day before month, 24-hour clock), as the
 * console always showed it; German as German.
 */
const FORMAT_LOCALES: Record<Locale, string> = { en: 'en-GB', de: 'de-DE' };

let active: Locale = DEFAULT_LOCALE;

export const isLocale = (value: unknown): value is Locale => (LOCALES as readonly unknown[]).includes(value);

export function currentLocale(): Locale {
  return active;
}

/** The BCP 47 tag for `Intl` (numbers, dates, relative times, sorting). */
export function formatLocale(): string {
  return FORMAT_LOCALES[active];
}

/** Only the catalogue loader sets it (src/i18n/catalogs.ts), after the messages are in. */
export function setCurrentLocale(locale: Locale) {
  active = locale;
  if (typeof document !== 'undefined') document.documentElement.lang = locale;
}

export function storedLocale(): Locale {
  try {
    const stored = globalThis.localStorage?.getItem(LOCALE_STORAGE_KEY);
    return isLocale(stored) ? stored : DEFAULT_LOCALE;
  } catch {
    return DEFAULT_LOCALE; // storage refused (privacy mode): the default, every time
  }
}

export function rememberLocale(locale: Locale) {
  try {
    globalThis.localStorage?.setItem(LOCALE_STORAGE_KEY, locale);
  } catch {
    // Not remembered; the choice still holds for this page.
  }
}
