/** GET /api/v3/customer/{guid}?allDetails=true — "Get Details for Specific Service". */
import * as z from 'zod/mini';
import { SBC_DEPLOYMENT_STATES } from '../../domain/statuses';
import { nullableRowList } from './rows';
import { serviceBriefShape } from './services';
import { nullableNumber, nullableString, openEnum, orNull, stringish, tolerantObject } from './tolerant';

/** One SIP connection ("site location"). The table spells the state `sbcdeploymentState`; case is folded. */
export const siteLocationSchema = tolerantObject({
  id: z.string(),
  name: nullableString(),
  sbcId: nullableNumber(),
  // "Deployed" in the example, the integer 3 on Get SIP Connections; both kept as they came. The words
  // for integers come from one table (src/domain/integer-states.ts), empty until the vendor documents them.
  sbcDeploymentState: orNull(z.union([openEnum(SBC_DEPLOYMENT_STATES), z.number()])),
  sbcConfigurationType: orNull(z.union([z.string(), z.number()])),
}, { identity: ['id'] });
export type SiteLocation = z.infer<typeof siteLocationSchema>;

export const customerDetailsSchema = tolerantObject({
  ...serviceBriefShape,
  // A details page is always of a customer with a GUID (leads have none, so no details page).
  umpCustomerGuid: z.string(),
  // Only present with allDetails=true; null (not []) when the response has none, so "not asked" and
  // "no SIP connections" stay distinguishable.
  siteLocation: nullableRowList(siteLocationSchema),
  msDefaultDomain: nullableString(),
  applicationClientId: orNull(stringish),
  // Already only the first characters of the secret (vendor design); the UI still shows it masked.
  applicationClientSecret: nullableString(),
  // "M/D/YYYY h:mm:ss AM" as sent; parsing the date is the UI's job (domain rule), not the wire's.
  clientSecretExpirationDate: nullableString(),
  // A details page has no row to drop: a short name that does not fit reads as '' and is shown as sent.
}, { fallbacks: { customerShortName: '', umpCustomerGuid: '' } });
export type CustomerDetails = z.infer<typeof customerDetailsSchema>;
