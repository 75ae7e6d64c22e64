/** The shared pieces' words (error panel, copy button, times, notices): src/components/messages.*.json. */
import english from './messages.en.json';
import { registerCatalog } from '../i18n/catalogs';

export const { t, useT } = registerCatalog(english, { de: () => import('./messages.de.json') });
