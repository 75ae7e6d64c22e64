/** GET /api/v3/customer — "Get Services Brief Details (V3)": one row per service. */
import * as z from 'zod/mini';
import { nullableNumber, nullableString, tolerantObject } from './tolerant';

/** Shared with customer-details.ts, whose response is a brief row plus more fields. */
export const serviceBriefShape = {
  umpCustomerGuid: z.string(),
  customerShortName: z.string(),
  customerFullName: nullableString(),
  // Integer code, open: 7 is kept as 7 and named "7" by licenseTypeName().
  licenseType: nullableNumber(),
  licensedUsersCount: nullableNumber(),
  msTenantId: nullableString(),
  activeUserCount: nullableNumber(),
  liveHubActiveUsersCount: nullableNumber(),
  liveHubSimpleUsersCount: nullableNumber(),
};

export const serviceBriefSchema = tolerantObject(serviceBriefShape);
export type ServiceBrief = z.infer<typeof serviceBriefSchema>;

export const servicesListSchema = z.array(serviceBriefSchema);
export type ServicesList = z.infer<typeof servicesListSchema>;
