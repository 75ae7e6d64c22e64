/**
 * SIP connection details, dial plans, script templates and calling profiles for the simulator, on the
 * shapes of related-endpoints-notes.md (camelCase, as those examples are). The vendor's site example is
 * served verbatim for one site of the documented customer; every other site is derived from its
 * summary, deterministically. Integer states: the vendor documents no meaning, so the numbers below are
 * the simulator's own choice (3 for "Deployed" only because the example pairs 3 with a working site).
 */
import type { SiteLocation } from '../src/api/schemas';
import { fixtures } from './fixtures';
import { intBetween, pick, rngFor } from './prng';

export type WireSite = typeof fixtures.siteLocation;
export type WireRule = { name: string; prefix: string; tag: string };
export type WireScriptTemplate = (typeof fixtures.scriptTemplates)[number] | {
  id: number; name: string; scriptType: number; description: string | null; script: null;
  customerVariables: null; relatedScripts: Array<{ key: number; value: string }> | null;
};

/** The site of the details example that carries the sitelocation example (same SBC id, 8). */
export const EXAMPLE_SITE_ID = 'ccc7deb3-b118-4f29-9d3f-6446513130b0';
export const EXAMPLE_CUSTOMER_GUID = 'a2a3f4c1-38a9-4709-a1be-0c99d02dd5a2';

const STATE_CODES: Record<string, number> = { Deployed: 3, Failed: 4, InProgress: 1 };
const CONFIGURATION_CODES: Record<string, number> = { SipTrunk: 0, Byoc: 1, Registration: 2 };
export const CAC_PROFILES = ['10 sessions', '20 sessions', '50 sessions', '100 sessions'] as const;

export interface SiteScripts {
  onboardingScript: number;
  cleanupScript: number;
  /** As the create call received them (CustomVar.VariableN, CarrierUserPassword, ...). */
  parameters: Record<string, string>;
}

const code = (value: string | number | null, table: Record<string, number>): number | null =>
  value === null ? null : typeof value === 'number' ? value : (table[value] ?? 0);

/** A site's full record from its summary row; `scripts` when the wizard created it. */
export function siteDetailsFor(msTenantId: string | null, site: SiteLocation, scripts?: SiteScripts): WireSite {
  if (site.id === EXAMPLE_SITE_ID && !scripts) return fixtures.siteLocation;
  const rng = rngFor(`site-${site.id}`);
  const name = site.name ?? 'Site';
  const parameters = scripts?.parameters ?? {
    CarrierUserPassword: `${name.slice(0, 4)}#%${intBetween(rng, 10_000, 99_999)}`,
    CarierMailLine: `${name}MainLine`,
    'CustomVar.Variable1': pick(rng, ['variable1', 'variable4', 'eu-west']),
  };
  return {
    tenantId: msTenantId ?? '00000000-0000-0000-0000-000000000000',
    m365DeploymentState: null,
    sbcDeploymentState: code(site.sbcDeploymentState, STATE_CODES) ?? 0,
    siteName: name,
    onlinePstnGateway: `${name}.sandbox2.audiocodes.be`,
    sbcInfo: {
      sbcConfigurationType: code(site.sbcConfigurationType, CONFIGURATION_CODES) ?? 0,
      cacProfile: parameters.CacProfile ?? pick(rng, CAC_PROFILES),
      carrierHostName: parameters.CarrierHostName ?? `${name}Hostname`,
      carrierId: 'SIPTrunk',
      carrierMainLine: parameters.CarrierMainLine ?? null,
      carrierUserName: parameters.CarrierUserName ?? `${name}Carrier`,
      flagConfigureSbc: true,
      sbcId: site.sbcId ?? 0,
      sbcScripts: {
        onboardingScript: scripts?.onboardingScript ?? 7,
        cleanupScript: scripts?.cleanupScript ?? 700,
        // Only the script's variables: what the create call sent besides the documented keys is not echoed.
        customerVariables: pickVariables(parameters),
      },
    },
    m365Info: { m365Scripts: { flagConfigureM365Routing: false, onboardingScript: null, cleanupScript: null, customerVariables: null } },
    pendingTasks: [],
  } as WireSite;
}

function pickVariables(parameters: Record<string, string>): WireSite['sbcInfo']['sbcScripts']['customerVariables'] {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(parameters)) {
    if (key === 'CarrierUserPassword' || key === 'CarierMailLine' || key.startsWith('CustomVar.')) out[key] = value;
  }
  return out as WireSite['sbcInfo']['sbcScripts']['customerVariables'];
}

/** A site's dial plan; the example site's CustDialPlan is the vendor's example, plus generated rules. */
export function dialPlanRules(siteId: string, planId: string): WireRule[] {
  const rng = rngFor(`dialplan-${siteId}-${planId}`);
  const count = planId === 'CustDialPlan' ? intBetween(rng, 4, 12) : intBetween(rng, 0, 3);
  const rules = Array.from({ length: count }, (): WireRule => ({
    name: Array.from({ length: 13 }, () => String.fromCharCode(65 + intBetween(rng, 0, 25))).join(''),
    prefix: `+${pick(rng, ['972', '31', '44', '1'])}${intBetween(rng, 10_000_000, 99_999_999)}`,
    tag: pick(rng, ['sandbox1.audiocodes.be', 'sandbox2.audiocodes.be']),
  }));
  return siteId === EXAMPLE_SITE_ID && planId === 'CustDialPlan' ? [...fixtures.dialPlan.ruleDTO, ...rules] : rules;
}

/**
 * The page's five examples, plus the cleanup script 700 they name (its type is cut off in the store:
 * 2 here is a guess) and a second pair, so a person has a choice.
 */
export const SCRIPT_TEMPLATES: readonly WireScriptTemplate[] = [
  ...fixtures.scriptTemplates,
  { id: 700, name: 'sbc-scenario7Cleanup', scriptType: 2, description: null, script: null, customerVariables: null, relatedScripts: [{ key: 7, value: 'sbc-scenario7' }] },
  { id: 8, name: 'sbc-scenario8', scriptType: 1, description: null, script: null, customerVariables: null, relatedScripts: [{ key: 800, value: 'sbc-scenario8Cleanup' }] },
  { id: 800, name: 'sbc-scenario8Cleanup', scriptType: 2, description: null, script: null, customerVariables: null, relatedScripts: [{ key: 8, value: 'sbc-scenario8' }] },
];

/** scriptType=SBC / M365 / Any. Types 3 and 4 read as M365 (the O365 scripts); an inference, see the notes. */
export function scriptTemplatesOfType(scriptType: string | null): WireScriptTemplate[] {
  const kind = (scriptType ?? 'Any').toLowerCase();
  if (kind === 'm365') return SCRIPT_TEMPLATES.filter((t) => t.scriptType === 3 || t.scriptType === 4);
  if (kind === 'sbc') return SCRIPT_TEMPLATES.filter((t) => t.scriptType !== 3 && t.scriptType !== 4);
  return [...SCRIPT_TEMPLATES];
}

/** The page's example, plus one profile naming SBC 8 as the numbers page does ("oc1.sandbox2.audiocodes.be", sbcId 8). */
export const CALLING_PROFILES = [
  ...fixtures.callingProfiles,
  {
    ...fixtures.callingProfiles[0],
    callingProfileId: '5f1f3a9e-8c0e-4f57-9d0b-2b7f0e4d6a11',
    name: 'PROD_AudioCodesRD_Calling_AC_US',
    trunksEnrolled: [{
      trunkFqdn: 'oc.sandbox2.audiocodes.be',
      trunkId: '0c5d1f7e-6a43-4a2d-9b1e-7d8f2c3b4a55',
      matchingSbcList: [{ sbcId: 8, fqdn: 'oc1.sandbox2.audiocodes.be', ipAddress: '20.102.51.206', name: 'oc1.sandbox2.audiocodes.be' }],
    }],
  },
];
