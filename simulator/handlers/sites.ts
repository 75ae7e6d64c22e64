import { HttpResponse } from 'msw';
import { DIAL_PLAN_NAMES } from '../../src/api/schemas/dial-plan';
import { problem } from '../errors';
import { ROUTES } from '../faults';
import { CALLING_PROFILES, dialPlanRules, scriptTemplatesOfType } from '../sites';
import { route, type HandlerContext } from './route';

/** The SIP connection reads of related-endpoints-notes.md §1, §2 and §5 (camelCase, as their examples). */
export function siteHandlers(context: HandlerContext) {
  const notFound = (request: Request, detail: string) =>
    problem(404, { title: 'Not Found', detail, instance: new URL(request.url).pathname, errorTicket: null });

  return [
    route<{ id: string }>(ROUTES.siteLocation, context, ({ params, request }) => {
      const found = context.store().getSiteDetails(params.id);
      return found ? HttpResponse.json(found.site) : notFound(request, `Site location ${params.id} not found`);
    }),

    route<{ customerId: string; siteId: string; planId: string }>(ROUTES.dialPlan, context, ({ params, request }) => {
      const found = context.store().getSiteDetails(params.siteId);
      if (!found || found.customerGuid.toLowerCase() !== params.customerId.toLowerCase()) {
        return notFound(request, `Site location ${params.siteId} of customer ${params.customerId} not found`);
      }
      const plan = DIAL_PLAN_NAMES.find((name) => name.toLowerCase() === params.planId.toLowerCase());
      if (!plan) return notFound(request, `Dial plan ${params.planId} not found`);
      return HttpResponse.json({ dialPlanId: plan, ruleDTO: dialPlanRules(params.siteId.toLowerCase(), plan) });
    }),

    route(ROUTES.scriptTemplates, context, ({ request }) =>
      HttpResponse.json(scriptTemplatesOfType(new URL(request.url).searchParams.get('scriptType'))),
    ),

    route(ROUTES.callingProfiles, context, () => HttpResponse.json(CALLING_PROFILES)),
  ];
}
