/** GET /api/v3/customer/{guid}?allDetails=true — "Get Details for Specific Service". */
import * as z from 'zod/mini';
import { SBC_DEPLOYMENT_STATES } from '../../domain/statuses';
import { serviceBriefShape } from './services';
import { nullableNumber, nullableString, openEnum, orNull, stringish, tolerantObject } from './tolerant';

/** One SIP connection ("site location"). The table spells the state `sbcdeploymentState`; case is folded. */
export const siteLocationSchema = tolerantObject({
  id: z.string(),
  name: nullableString(),
  sbcId: nullableNumber(),
  // "Deployed" in the example, the integer 3 in the wild; both kept as they came.
  sbcDeploymentState: orNull(z.union([openEnum(SBC_DEPLOYMENT_STATES), z.number()])),
  sbcConfigurationType: nullableString(),
});
export type SiteLocation = z.infer<typeof siteLocationSchema>;

export const customerDetailsSchema = tolerantObject({
  ...serviceBriefShape,
  // Only present with allDetails=true; null (not []) when the response has none, so "not asked" and
  // "no SIP connections" stay distinguishable.
  siteLocation: orNull(z.array(siteLocationSchema)),
  msDefaultDomain: nullableString(),
  applicationClientId: orNull(stringish),
  // Already only the first characters of the secret (vendor design); the UI still shows it masked.
  applicationClientSecret: nullableString(),
  // "M/D/YYYY h:mm:ss AM" as sent; parsing the date is the UI's job (domain rule), not the wire's.
  clientSecretExpirationDate: nullableString(),
});
export type CustomerDetails = z.infer<typeof customerDetailsSchema>;
