/** The onboarding wizard's words: src/features/onboarding/messages.*.json. */
import english from './messages.en.json';
import { registerCatalog } from '../../i18n/catalogs';

export const { t, useT } = registerCatalog(english, { de: () => import('./messages.de.json') });
