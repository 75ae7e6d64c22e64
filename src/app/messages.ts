/** The shell's words (app bar, navigation, banners, page titles): src/app/messages.*.json. */
import english from './messages.en.json';
import { registerCatalog } from '../i18n/catalogs';

export const { t, useT } = registerCatalog(english, { de: () => import('./messages.de.json') });
