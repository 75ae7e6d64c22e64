/**
 * The console's messages, through Lingui's core: each room of src/ has a catalogue
 * (`messages.en.json` with every English message, `messages.<locale>.json` with its translations)
 * and registers it here from its `messages.ts`, which also gives that room its typed `t` and `useT`.
 * English is part of the room's code (the entry's rooms are needed for the first paint); every other
 * language is a dynamic import, fetched only when it is chosen. A message missing from a translation
 * falls back to English.
 */
import { useSyncExternalStore } from 'react';
import { setupI18n, type Messages } from '@lingui/core';
import { currentLocale, formatLocale, setCurrentLocale, type Locale, DEFAULT_LOCALE } from './locale';

/** Placeholders of an ICU message: `{count}` takes a number (plural, `#`), `{name}` a string. */
export type Values = Record<string, string | number>;
export type Translate<Id extends string> = (id: Id, values?: Values) => string;
type Loader = () => Promise<{ default: object }>;
type Translations = Partial<Record<Exclude<Locale, 'en'>, Loader>>;

interface Catalog {
  english: Messages;
  translations: Translations;
}

const newI18n = () => setupI18n({ locale: DEFAULT_LOCALE, locales: [formatLocale()], messages: { [DEFAULT_LOCALE]: {} } });
const i18n = newI18n();
/** Never switched: English whatever the person reads, for what goes to logs and the console (Error.message). */
const englishI18n = newI18n();
// Catalogues come compiled, plain text as a string. Production Lingui has no compiler and would
// console.warn "Uncompiled message detected" on every such call (~100 ms of the services page's first
// render); its development build would parse the text as ICU. Either way, plain text is one token.
for (const instance of [i18n, englishI18n]) instance.setMessagesCompiler((message) => [message]);
const catalogs: Catalog[] = [];
/** Locales whose messages have been put together (English, then each catalogue's translation). */
const ready = new Set<Locale>([DEFAULT_LOCALE]);

/** Read through `i18n._`, which interpolates values and picks plural forms for the active locale. */
const makeTranslate = (): Translate<string> => (id, values) => i18n._(id, values);
let translate = makeTranslate();
i18n.on('change', () => {
  translate = makeTranslate();
});

async function loadInto(locale: Locale, catalog: Catalog) {
  i18n.load(locale, catalog.english);
  if (locale === DEFAULT_LOCALE) return;
  const loader = catalog.translations[locale];
  if (loader) i18n.load(locale, (await loader()).default as Messages);
}

/** A room's catalogue: its English messages (compiled by scripts/compile-catalogs.ts) and its lazy translations. */
export function registerCatalog<English extends object>(english: English, translations: Translations) {
  type Id = Extract<keyof English, string>;
  const catalog: Catalog = { english: english as Messages, translations };
  catalogs.push(catalog);
  englishI18n.load(DEFAULT_LOCALE, catalog.english);
  for (const locale of ready) void loadInto(locale, catalog);
  return {
    /** Outside React (view models, error words): the words for the active locale at the time of the call. */
    t: ((id, values) => translate(id, values)) as Translate<Id>,
    /** In a component: re-renders it when the language changes. */
    useT: () => useSyncExternalStore(subscribe, current, current) as Translate<Id>,
    /** English whatever the active language: for logs and the console, never for a person. */
    english: ((id, values) => englishI18n._(id, values)) as Translate<Id>,
  };
}

const subscribe = (onChange: () => void) => i18n.on('change', onChange);
const current = () => translate;

/** Loads the locale's translations (once), then makes it the active one. */
export async function activateLocale(locale: Locale) {
  if (!ready.has(locale)) {
    await Promise.all(catalogs.map((catalog) => loadInto(locale, catalog)));
    ready.add(locale);
  }
  setCurrentLocale(locale);
  i18n.activate(locale, [formatLocale()]);
}

export { currentLocale };
