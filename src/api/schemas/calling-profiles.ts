/**
 * GET /api/v2/oc/callingprofile — "Get Calling Profiles". The wizard only needs the SBCs a profile's
 * trunks name (`matchingSbcList`: sbcId, name, fqdn); the rest of the profile is not modelled.
 */
import * as z from 'zod/mini';
import { rowList, rowListField } from './rows';
import { nullableString, numberish, tolerantObject } from './tolerant';

export const matchingSbcSchema = tolerantObject({
  sbcId: numberish,
  fqdn: nullableString(),
  ipAddress: nullableString(),
  name: nullableString(),
});
export type MatchingSbc = z.infer<typeof matchingSbcSchema>;

export const trunkEnrolledSchema = tolerantObject({
  trunkFqdn: nullableString(),
  matchingSbcList: rowListField(matchingSbcSchema),
});

export const callingProfileSchema = tolerantObject({
  callingProfileId: nullableString(),
  name: nullableString(),
  trunksEnrolled: rowListField(trunkEnrolledSchema),
});
export type CallingProfile = z.infer<typeof callingProfileSchema>;

export const callingProfilesSchema = rowList(callingProfileSchema);
