/** Search params of `/customers/$guid/sip/$siteId`: which dial plan is shown (the customer's own by default). */
import * as z from 'zod/mini';
import { DIAL_PLAN_NAMES } from '../../../api/schemas/dial-plan';

export const sipSearchDefaults = { plan: 'CustDialPlan' } as const;

export const sipSearchSchema = z.object({
  // A plan name the vendor does not document falls back to the default instead of failing the page.
  plan: z._default(z.catch(z.enum(DIAL_PLAN_NAMES), sipSearchDefaults.plan), sipSearchDefaults.plan),
});

export type SipSearch = z.output<typeof sipSearchSchema>;
