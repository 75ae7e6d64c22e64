/** The customer and SIP connection pages' words: src/features/customer/messages.*.json (ids `customer.`, `sip.`). */
import english from './messages.en.json';
import { registerCatalog } from '../../i18n/catalogs';

export const { t, useT } = registerCatalog(english, { de: () => import('./messages.de.json') });
