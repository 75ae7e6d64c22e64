/**
 * SIP connection (site location) states and configuration types, as words or as integers.
 *
 * GET /api/v3/customer/{guid}?allDetails=true sends words ("Deployed", "SipTrunk"); GET /api/v2/sitelocation/{id}
 * sends integers for the same fields, and the vendor's list of integer meanings was not found. So the integer
 * table below is deliberately empty: an integer is shown as its digits with a note, never translated by guess.
 * When a live tenant confirms a pair, add it here (one line) and every page follows. The words shown are
 * the status vocabulary's (src/components/status-words.ts) and the page's note for an undocumented code.
 */
import { describeStatus, type StatusInfo } from './statuses';

/** Confirmed integer -> word pairs. Empty: the notes only offer an unconfirmed inference (3 <-> Deployed?). */
const SBC_DEPLOYMENT_STATE_CODES: ReadonlyMap<number, string> = new Map();
const M365_DEPLOYMENT_STATE_CODES: ReadonlyMap<number, string> = new Map();
const SBC_CONFIGURATION_TYPE_CODES: ReadonlyMap<number, string> = new Map();

export type SiteField = 'sbcDeploymentState' | 'm365DeploymentState' | 'sbcConfigurationType';

const TABLES: Record<SiteField, ReadonlyMap<number, string>> = {
  sbcDeploymentState: SBC_DEPLOYMENT_STATE_CODES,
  m365DeploymentState: M365_DEPLOYMENT_STATE_CODES,
  sbcConfigurationType: SBC_CONFIGURATION_TYPE_CODES,
};

export interface SiteValueInfo extends StatusInfo {
  /** True when the value came as an integer no table entry explains. */
  undocumentedCode: boolean;
}

/** One state or type value as a person should see it; null when not sent. */
export function describeSiteValue(field: SiteField, value: string | number | null | undefined): SiteValueInfo | null {
  if (value === null || value === undefined) return null;
  const word = typeof value === 'number' ? TABLES[field].get(value) : value;
  const info = describeStatus(word ?? value);
  if (!info) return null;
  const undocumentedCode = typeof value === 'number' && word === undefined;
  return { ...info, undocumentedCode };
}
