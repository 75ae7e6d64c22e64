/**
 * POST /api/v2/customer — "Create Essentials Customer".
 *
 * The request schema is strict (it is what we send, so a typo must fail here, not at the vendor); the
 * response schema is a tolerant reader like every other response. The wizard's shortName rules live in
 * src/domain/short-name.ts; this file only guards the wire shape.
 */
import * as z from 'zod/mini';
import { rowListField } from './rows';
import { nullableString, orNull, tolerantObject } from './tolerant';

export const OVOC_CUSTOMER_TYPES = ['IPGROUP_TYPE', 'TENANT_TYPE'] as const;
export const ovocCustomerTypeSchema = z.enum(OVOC_CUSTOMER_TYPES);
export type OvocCustomerType = z.infer<typeof ovocCustomerTypeSchema>;

const nonNegativeInt = z.int().check(z.gte(0));

/** An object in the example even though the table says "list array"; the example is what the server takes. */
export const siteLocationRequestSchema = z.strictObject({
  sbcId: nonNegativeInt,
  sbcOnboardingScript: nonNegativeInt,
  sbcCleanupScript: nonNegativeInt,
});
export type SiteLocationRequest = z.infer<typeof siteLocationRequestSchema>;

/** `CustomVar.Variable<N>`: N is the variable's sequence in the vendor database, from 1, unbounded. */
const CUSTOM_VARIABLE_KEY = /^CustomVar\.Variable[1-9]\d*$/;

const optionalText = () => z.optional(z.string());

const knownScriptParameters = {
  CacProfile: optionalText(),
  ProxySet: optionalText(),
  OnlinePstnGateway: optionalText(),
  CarrierUserName: z.optional(z.string().check(z.maxLength(60))),
  CarrierUserPassword: z.optional(z.string().check(z.maxLength(50))),
  CarrierMainLine: optionalText(),
  CarrierHostName: optionalText(),
  additionalProp1: optionalText(),
  additionalProp2: optionalText(),
  additionalProp3: optionalText(),
};

/** Script parameters: the documented keys plus any number of `CustomVar.VariableN`; nothing else. */
export const scriptParametersSchema = z.catchall(z.object(knownScriptParameters), z.string()).check(
  z.superRefine((value, ctx) => {
    for (const key of Object.keys(value)) {
      if (Object.hasOwn(knownScriptParameters, key) || CUSTOM_VARIABLE_KEY.test(key)) continue;
      ctx.addIssue({ code: 'custom', path: [key], message: `Unknown script parameter "${key}"` });
    }
  }),
);
export type ScriptParameters = z.infer<typeof scriptParametersSchema>;

export const createCustomerRequestSchema = z.strictObject({
  shortName: z.string().check(z.minLength(1)),
  fullName: z.optional(z.string().check(z.maxLength(200))),
  siteLocation: siteLocationRequestSchema,
  ovocCustomerType: ovocCustomerTypeSchema,
  msTenantId: z.guid(),
  channelId: z.optional(z.string().check(z.minLength(1))),
  lcCustomerId: z.optional(z.string().check(z.minLength(1))),
  scriptParameters: z.optional(scriptParametersSchema),
});
export type CreateCustomerRequest = z.infer<typeof createCustomerRequestSchema>;

export const createCustomerResponseSchema = tolerantObject({
  id: z.string(),
  // The customer's shortName, despite the name.
  customerId: nullableString(),
  // uuids in the example although the table says integer: both accepted, kept as sent.
  siteLocationIds: rowListField(z.union([z.string(), z.number()])),
  deploymentState: orNull(z.union([z.string(), z.number()])),
  errorDetails: nullableString(),
  // "(Information, ...);(Information, ...)" as sent; splitting it is a presentation concern.
  progressDetails: nullableString(),
}, { fallbacks: { id: '' } });
export type CreateCustomerResponse = z.infer<typeof createCustomerResponseSchema>;
