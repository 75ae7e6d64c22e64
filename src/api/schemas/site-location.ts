/**
 * GET /api/v2/sitelocation/{id} — "Get SIP Connections": one SIP connection (site location) in full.
 *
 * States and the configuration type come as integers here (words on the customer details page); both are
 * kept as they came and named through src/domain/site-states.ts. A field that does not fit becomes null
 * (that field degrades, not the page). Customer variables are read into named rows; a variable whose name
 * says password/secret/key/token never keeps its value, whatever the server sent.
 */
import * as z from 'zod/mini';
import { isSecretName } from '../../domain/secret-names';
import { lenient } from './rows';
import { isPlainObject, nullableBoolean, nullableNumber, nullableString, orNull, tolerantObject } from './tolerant';

const stateValue = () => lenient(z.union([z.number(), z.string()]));

/** What the console server puts in place of a secret variable's value (server/upstream/response-filters.ts). */
export const REDACTED_MARKER_KEY = 'redacted';

export type CustomerVariableValue = { kind: 'text'; text: string | null } | { kind: 'secret'; set: boolean };
export interface CustomerVariable {
  name: string;
  value: CustomerVariableValue;
}

function isSet(value: unknown): boolean {
  if (isPlainObject(value) && value[REDACTED_MARKER_KEY] === true) return value.set === true;
  return value !== null && value !== undefined && value !== '';
}

function readVariable(name: string, value: unknown): CustomerVariable {
  if (isSecretName(name)) return { name, value: { kind: 'secret', set: isSet(value) } };
  if (typeof value === 'string') return { name, value: { kind: 'text', text: value } };
  if (typeof value === 'number' || typeof value === 'boolean') return { name, value: { kind: 'text', text: String(value) } };
  // null, or a shape nobody documented: shown as "not sent" rather than echoed.
  return { name, value: { kind: 'text', text: null } };
}

/** An object name -> value, in the order sent; null when absent or not an object. */
export const customerVariablesSchema = z.pipe(
  z.unknown(),
  z.transform((input): CustomerVariable[] | null =>
    isPlainObject(input) ? Object.entries(input).map(([name, value]) => readVariable(name, value)) : null,
  ),
);

export const scriptPairSchema = tolerantObject({
  onboardingScript: lenient(z.number()),
  cleanupScript: lenient(z.number()),
  customerVariables: z._default(customerVariablesSchema, null),
  flagConfigureM365Routing: lenient(z.boolean()),
});
export type ScriptPair = z.infer<typeof scriptPairSchema>;

export const sbcInfoSchema = tolerantObject({
  sbcConfigurationType: stateValue(),
  cacProfile: lenient(z.string()),
  carrierHostName: lenient(z.string()),
  carrierId: lenient(z.string()),
  carrierMainLine: lenient(z.string()),
  carrierUserName: lenient(z.string()),
  flagConfigureSbc: z.catch(nullableBoolean(), null),
  sbcId: z.catch(nullableNumber(), null),
  sbcScripts: z.catch(orNull(scriptPairSchema), null),
});
export type SbcInfo = z.infer<typeof sbcInfoSchema>;

export const m365InfoSchema = tolerantObject({
  m365Scripts: z.catch(orNull(scriptPairSchema), null),
});

export const siteLocationDetailsSchema = tolerantObject({
  tenantId: z.catch(nullableString(), null),
  m365DeploymentState: stateValue(),
  sbcDeploymentState: stateValue(),
  siteName: z.catch(nullableString(), null),
  onlinePstnGateway: z.catch(nullableString(), null),
  sbcInfo: z.catch(orNull(sbcInfoSchema), null),
  m365Info: z.catch(orNull(m365InfoSchema), null),
  // Element shape NOT FOUND in the vendor's pages: kept as sent and shown as text.
  pendingTasks: z.catch(orNull(z.array(z.unknown())), null),
});
export type SiteLocationDetails = z.infer<typeof siteLocationDetailsSchema>;
