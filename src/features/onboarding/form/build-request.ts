/**
 * The one mapping from the wizard's validated draft to the body of POST /api/v2/customer, in the
 * create page's example shape: `siteLocation` an object, `scriptParameters` with the example's keys
 * (CacProfile, ProxySet, ...), `CustomVar.Variable1..N` numbered in the list's order. Empty optional
 * fields are already `undefined` in the draft and are left out here, never sent as "".
 */
import { createCustomerRequestSchema, type CreateCustomerRequest, type ScriptParameters } from '../../../api/schemas';
import type { Draft } from './schema';

/** Wire key of the n-th custom variable (1-based), as the vendor database numbers them. */
export function customVariableKey(position: number): `CustomVar.Variable${number}` {
  return `CustomVar.Variable${position}`;
}

/** Adds `[key, value]` pairs whose value is defined, keeping their order. */
function defined(entries: Array<[string, string | undefined]>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of entries) if (value !== undefined) out[key] = value;
  return out;
}

export function buildScriptParameters(script: Draft['script']): ScriptParameters | undefined {
  const parameters = defined([
    ['CacProfile', script.cacProfile],
    ['ProxySet', script.proxySet],
    ['OnlinePstnGateway', script.onlinePstnGateway],
    ['additionalProp1', script.additionalProp1],
    ['additionalProp2', script.additionalProp2],
    ['additionalProp3', script.additionalProp3],
    ['CarrierUserName', script.carrierUserName],
    ['CarrierUserPassword', script.carrierUserPassword],
    ['CarrierMainLine', script.carrierMainLine],
    ['CarrierHostName', script.carrierHostName],
    ...script.customVariables.map((v, i): [string, string] => [customVariableKey(i + 1), v.value]),
  ]);
  return Object.keys(parameters).length > 0 ? parameters : undefined;
}

/**
 * The request body. Parsed with the wire schema on the way out, so a body the platform would not
 * accept in shape cannot be sent (it throws instead: that is a bug here, not a user error).
 */
export function buildCreateRequest(draft: Draft): CreateCustomerRequest {
  const { customer, sip, script } = draft;
  const scriptParameters = buildScriptParameters(script);
  const body = {
    shortName: customer.shortName,
    // "defaults to shortName" (the page's example sends both the same).
    fullName: customer.fullName ?? customer.shortName,
    siteLocation: { sbcId: sip.sbcId, sbcOnboardingScript: sip.sbcOnboardingScript, sbcCleanupScript: sip.sbcCleanupScript },
    ovocCustomerType: customer.ovocCustomerType,
    msTenantId: customer.msTenantId,
    ...(customer.channelId !== undefined ? { channelId: customer.channelId } : {}),
    ...(customer.lcCustomerId !== undefined ? { lcCustomerId: customer.lcCustomerId } : {}),
    ...(scriptParameters ? { scriptParameters } : {}),
  };
  return createCustomerRequestSchema.parse(body);
}
