/** GET /api/v2/customer/{customerId}/sitelocation/{siteLocationId}/dialplan/{dialplanId} — "Get Dial Plan Contents". */
import * as z from 'zod/mini';
import { rowListField } from './rows';
import { nullableString, tolerantObject } from './tolerant';

/** The plan names the vendor's "Get DialPlans" example lists; the first is the customer's own. */
export const DIAL_PLAN_NAMES = ['CustDialPlan', 'RegisteredUsers', 'Zoom', 'OCDialPlan'] as const;

export const dialPlanRuleSchema = tolerantObject({
  name: nullableString(),
  prefix: nullableString(),
  // The Derived Trunk FQDN of the SBC.
  tag: nullableString(),
});
export type DialPlanRule = z.infer<typeof dialPlanRuleSchema>;

export const dialPlanSchema = tolerantObject({
  dialPlanId: z.catch(nullableString(), null),
  ruleDTO: rowListField(dialPlanRuleSchema),
});
export type DialPlan = z.infer<typeof dialPlanSchema>;
