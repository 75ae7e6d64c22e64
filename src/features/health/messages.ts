/** The Health page's words: src/features/health/messages.*.json. */
import english from './messages.en.json';
import { registerCatalog } from '../../i18n/catalogs';

export const { t, useT } = registerCatalog(english, { de: () => import('./messages.de.json') });

/** An id of this catalogue, for tables of labels written once and read in render. */
export type HealthMessageId = Parameters<typeof t>[0];
