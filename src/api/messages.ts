/** The words of src/api (error vocabulary, role names): src/api/messages.*.json. */
import english from './messages.en.json';
import { registerCatalog } from '../i18n/catalogs';

export const { t, useT } = registerCatalog(english, { de: () => import('./messages.de.json') });
