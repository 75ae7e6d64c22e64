/**
 * POST /api/v2/customer — "Create Essentials Customer".
 *
 * The request schema is strict (it is what we send, so a typo must fail here, not at the vendor); the
 * response schema is a tolerant reader like every other response. The wizard's shortName rules live in
 * src/domain/short-name.ts; this file only guards the wire shape.
 */
import { z } from 'zod';
import { nullableString, orNull, tolerantObject } from './tolerant';

export const OVOC_CUSTOMER_TYPES = ['IPGROUP_TYPE', 'TENANT_TYPE'] as const;
export const ovocCustomerTypeSchema = z.enum(OVOC_CUSTOMER_TYPES);
export type OvocCustomerType = z.infer<typeof ovocCustomerTypeSchema>;

const nonNegativeInt = z.int().min(0);

/** An object in the example even though the table says "list array"; the example is what the server takes. */
export const siteLocationRequestSchema = z.strictObject({
  sbcId: nonNegativeInt,
  sbcOnboardingScript: nonNegativeInt,
  sbcCleanupScript: nonNegativeInt,
});
export type SiteLocationRequest = z.infer<typeof siteLocationRequestSchema>;

/** `CustomVar.Variable<N>`: N is the variable's sequence in the vendor database, from 1, unbounded. */
const CUSTOM_VARIABLE_KEY = /^CustomVar\.Variable[1-9]\d*$/;

const knownScriptParameters = {
  CacProfile: z.string().optional(),
  ProxySet: z.string().optional(),
  OnlinePstnGateway: z.string().optional(),
  CarrierUserName: z.string().max(60).optional(),
  CarrierUserPassword: z.string().max(50).optional(),
  CarrierMainLine: z.string().optional(),
  CarrierHostName: z.string().optional(),
  additionalProp1: z.string().optional(),
  additionalProp2: z.string().optional(),
  additionalProp3: z.string().optional(),
};

/** Script parameters: the documented keys plus any number of `CustomVar.VariableN`; nothing else. */
export const scriptParametersSchema = z
  .object(knownScriptParameters)
  .catchall(z.string())
  .superRefine((value, ctx) => {
    for (const key of Object.keys(value)) {
      if (Object.hasOwn(knownScriptParameters, key) || CUSTOM_VARIABLE_KEY.test(key)) continue;
      ctx.addIssue({ code: 'custom', path: [key], message: `Unknown script parameter "${key}"` });
    }
  });
export type ScriptParameters = z.infer<typeof scriptParametersSchema>;

export const createCustomerRequestSchema = z.strictObject({
  shortName: z.string().min(1),
  fullName: z.string().max(200).optional(),
  siteLocation: siteLocationRequestSchema,
  ovocCustomerType: ovocCustomerTypeSchema,
  msTenantId: z.guid(),
  channelId: z.string().min(1).optional(),
  lcCustomerId: z.string().min(1).optional(),
  scriptParameters: scriptParametersSchema.optional(),
});
export type CreateCustomerRequest = z.infer<typeof createCustomerRequestSchema>;

export const createCustomerResponseSchema = tolerantObject({
  id: z.string(),
  // The customer's shortName, despite the name.
  customerId: nullableString(),
  // uuids in the example although the table says integer: both accepted, kept as sent.
  siteLocationIds: z.array(z.union([z.string(), z.number()])).default([]),
  deploymentState: orNull(z.union([z.string(), z.number()])),
  errorDetails: nullableString(),
  // "(Information, ...);(Information, ...)" as sent; splitting it is a presentation concern.
  progressDetails: nullableString(),
});
export type CreateCustomerResponse = z.infer<typeof createCustomerResponseSchema>;
