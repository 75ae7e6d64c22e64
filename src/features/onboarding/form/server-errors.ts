/**
 * Server-side validation errors (400 `errors: {field: [messages]}`) mapped back onto the wizard's
 * fields. Field keys are read loosely: the simulator sends our own paths ("siteLocation.sbcId"),
 * ASP.NET sends PascalCase ("SiteLocation.SbcId") and sometimes a "$." prefix or brackets.
 */
import type { Path } from 'react-hook-form';
import type { DraftValues, StepKey } from './schema';

/** A field of the form, as react-hook-form names it ("customer.shortName", "script.customVariables.1.value"). */
export type FieldPath = Path<DraftValues>;

export interface MappedFieldError {
  field: FieldPath;
  step: StepKey;
  messages: string[];
}

export interface MappedServerErrors {
  fields: MappedFieldError[];
  /** Errors that name no field of ours (e.g. "body"): shown as a list on the review step. */
  other: Array<{ key: string; messages: string[] }>;
}

const FIELDS: Record<string, FieldPath> = {
  shortname: 'customer.shortName',
  fullname: 'customer.fullName',
  mstenantid: 'customer.msTenantId',
  ovoccustomertype: 'customer.ovocCustomerType',
  channelid: 'customer.channelId',
  lccustomerid: 'customer.lcCustomerId',
  'sitelocation.sbcid': 'sip.sbcId',
  'sitelocation.sbconboardingscript': 'sip.sbcOnboardingScript',
  'sitelocation.sbccleanupscript': 'sip.sbcCleanupScript',
  'scriptparameters.cacprofile': 'script.cacProfile',
  'scriptparameters.proxyset': 'script.proxySet',
  'scriptparameters.onlinepstngateway': 'script.onlinePstnGateway',
  'scriptparameters.carrierusername': 'script.carrierUserName',
  'scriptparameters.carrieruserpassword': 'script.carrierUserPassword',
  'scriptparameters.carriermainline': 'script.carrierMainLine',
  'scriptparameters.carrierhostname': 'script.carrierHostName',
  'scriptparameters.additionalprop1': 'script.additionalProp1',
  'scriptparameters.additionalprop2': 'script.additionalProp2',
  'scriptparameters.additionalprop3': 'script.additionalProp3',
};

/** "$.SiteLocation[0].SbcId" -> "sitelocation.sbcid"; "scriptParameters['CustomVar.Variable2']" -> "scriptparameters.customvar.variable2". */
export function normalizeErrorKey(key: string): string {
  return key
    .trim()
    .replace(/^\$\.?/, '')
    .replace(/\[\s*\d+\s*\]/g, '')
    .replace(/\[\s*['"]?([^\]'"]*)['"]?\s*\]/g, '.$1')
    .replace(/^\.+/, '')
    .toLowerCase();
}

export function fieldForErrorKey(key: string): FieldPath | null {
  const normalized = normalizeErrorKey(key);
  const direct = FIELDS[normalized];
  if (direct) return direct;
  // A bare nested name ("SbcId", "CarrierUserName") is accepted for the nested fields too.
  for (const [wire, field] of Object.entries(FIELDS)) {
    if (wire.endsWith(`.${normalized}`)) return field;
  }
  const custom = /^(?:scriptparameters\.)?customvar\.variable([1-9]\d*)$/.exec(normalized);
  if (custom) return `script.customVariables.${Number(custom[1]) - 1}.value`;
  return null;
}

function stepOf(field: FieldPath): StepKey {
  if (field.startsWith('customer')) return 'customer';
  return field.startsWith('sip') ? 'sip' : 'script';
}

/** `customVariableCount`: how many custom variable rows the form has (an error for a row not there is "other"). */
export function mapServerErrors(errors: Record<string, string[]> | undefined, customVariableCount = 0): MappedServerErrors {
  const mapped: MappedServerErrors = { fields: [], other: [] };
  for (const [key, messages] of Object.entries(errors ?? {})) {
    if (messages.length === 0) continue;
    const field = fieldForErrorKey(key);
    const row = field ? /^script\.customVariables\.(\d+)\.value$/.exec(field) : null;
    if (!field || (row && Number(row[1]) >= customVariableCount)) {
      mapped.other.push({ key, messages });
      continue;
    }
    const existing = mapped.fields.find((f) => f.field === field);
    if (existing) existing.messages.push(...messages);
    else mapped.fields.push({ field, step: stepOf(field), messages: [...messages] });
  }
  return mapped;
}
