/**
 * Query keys and queryOptions for one SIP connection and for the wizard's lookups, apart from queries.ts
 * so that the services list's initial JS does not carry these schemas.
 */
import { queryOptions } from '@tanstack/react-query';
import { http } from './http';
import {
  SCRIPT_TEMPLATES_PATH,
  callingProfilesSchema,
  dialPlanSchema,
  onboardingSuggestionsSchema,
  scriptTemplatesSchema,
  siteLocationDetailsSchema,
} from './schemas';

const segment = (value: string | number) => encodeURIComponent(String(value));

export const siteKeys = {
  all: ['sites'] as const,
  details: () => [...siteKeys.all, 'detail'] as const,
  detail: (siteId: string) => [...siteKeys.details(), siteId] as const,
  dialPlans: () => [...siteKeys.all, 'dial-plan'] as const,
  dialPlan: (customerId: string, siteId: string, plan: string) => [...siteKeys.dialPlans(), customerId, siteId, plan] as const,
};

export const lookupKeys = {
  all: ['lookups'] as const,
  scriptTemplates: () => [...lookupKeys.all, 'script-templates', 'SBC'] as const,
  callingProfiles: () => [...lookupKeys.all, 'calling-profiles'] as const,
  suggestions: () => [...lookupKeys.all, 'onboarding-suggestions'] as const,
};

export const siteQueries = {
  detail: (siteId: string) =>
    queryOptions({
      queryKey: siteKeys.detail(siteId),
      queryFn: ({ signal }) => http(`/api/v2/sitelocation/${segment(siteId)}`, { schema: siteLocationDetailsSchema, signal }),
    }),
  dialPlan: (customerId: string, siteId: string, plan: string) =>
    queryOptions({
      queryKey: siteKeys.dialPlan(customerId, siteId, plan),
      queryFn: ({ signal }) =>
        http(`/api/v2/customer/${segment(customerId)}/sitelocation/${segment(siteId)}/dialplan/${segment(plan)}`, { schema: dialPlanSchema, signal }),
    }),
};

/** Lookups change rarely (templates and profiles are set up by AudioCodes): five minutes fresh. */
const LOOKUP_STALE_MS = 5 * 60_000;

export const lookupQueries = {
  scriptTemplates: () =>
    queryOptions({
      queryKey: lookupKeys.scriptTemplates(),
      queryFn: ({ signal }) => http(SCRIPT_TEMPLATES_PATH, { schema: scriptTemplatesSchema, signal }),
      staleTime: LOOKUP_STALE_MS,
    }),
  callingProfiles: () =>
    queryOptions({
      queryKey: lookupKeys.callingProfiles(),
      queryFn: ({ signal }) => http('/api/v2/oc/callingprofile', { schema: callingProfilesSchema, signal }),
      staleTime: LOOKUP_STALE_MS,
    }),
  suggestions: () =>
    queryOptions({
      queryKey: lookupKeys.suggestions(),
      queryFn: ({ signal }) => http('/api/console/onboarding/suggestions', { schema: onboardingSuggestionsSchema, signal }),
      staleTime: LOOKUP_STALE_MS,
    }),
};
