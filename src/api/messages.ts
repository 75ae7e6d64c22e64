/** The words of src/api (error vocabulary, role names): src/api/messages.*.json. */
import english from './messages.en.json';
import { registerCatalog } from '../i18n/catalogs';

export const { t, useT, english: inEnglish } = registerCatalog(english, { de: () => import('./messages.de.json') });

/** A message id of this room, for words kept with an error and translated when shown. */
export type ApiMessageId = Extract<keyof typeof english, string>;
