/**
 * Every `Intl` formatter of the console, made for the active locale (src/i18n/locale.ts) and made
 * again only when the language changes (formatters are costly to create and cheap to reuse).
 */
import { formatLocale } from './locale';

export function perLocale<T>(make: (locale: string) => T): () => T {
  let made: { locale: string; value: T } | undefined;
  return () => {
    const locale = formatLocale();
    if (made?.locale !== locale) made = { locale, value: make(locale) };
    return made.value;
  };
}

const integer = perLocale((locale) => new Intl.NumberFormat(locale));
/** A count, grouped the local way (12,345 / 12.345). */
export const formatCount = (value: number) => integer().format(value);

const dateTime = perLocale(
  (locale) =>
    new Intl.DateTimeFormat(locale, { year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' }),
);
/** A full timestamp with seconds, for a tooltip or a title (what `toLocaleString()` gave, in the console's locale). */
export const formatExactTime = (value: number | Date) => dateTime().format(value);
