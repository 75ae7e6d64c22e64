/**
 * Status vocabulary of the Live Platform APIs and how the console colours it. The words people read
 * for these values are in a catalogue (src/components/status-words.ts): the domain stays free of i18n
 * because the server's schemas import it.
 *
 * Every vocabulary is open: a value not listed here keeps its original spelling as its label and gets
 * severity 'unknown' (neutral), because guessing that an unknown word or integer is "bad" or "good" would
 * mislead an operator. Matching is exact on the vendor's spelling for the same reason.
 */

export const SEVERITIES = ['ok', 'warning', 'error', 'unmonitored', 'unknown'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** OVOC `status`, `managementStatus` and the voice-quality statuses. */
export const HEALTH_STATUSES = ['OK', 'WARNING', 'ERROR', 'UNMONITORED'] as const;
export type HealthStatus = (typeof HEALTH_STATUSES)[number];

/**
 * OVOC `applicationsStatus.management.serviceDeployStatus`. The vendor documents a meaning for each
 * (a sentence for a tooltip), the only statuses that have one.
 */
export const DEPLOY_STATUSES = ['DEPLOYED', 'READY', 'FAILED', 'UNKNOWN'] as const;
export type DeployStatus = (typeof DEPLOY_STATUSES)[number];

/**
 * UMP SIP connection `sbcDeploymentState` words seen so far. The same field also arrives as an integer
 * (3 was seen); the vendor documents no meaning for the integers, so none is assigned here.
 */
export const SBC_DEPLOYMENT_STATES = ['Deployed'] as const;
export type SbcDeploymentState = (typeof SBC_DEPLOYMENT_STATES)[number];

/** UMP task `status` words seen so far (Get Task). Other words are shown as they come. */
export const TASK_STATUSES = ['CompletedSuccess'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

export type KnownStatus = HealthStatus | DeployStatus | SbcDeploymentState | TaskStatus;

// Deploy statuses follow the vendor's "Deploy Status and Status Indicators" table
// (techdocs.audiocodes.com, "Monitor the Deployment"): Ready and Unknown show as Warning there.
const SEVERITY_OF: Readonly<Record<KnownStatus, Severity>> = {
  OK: 'ok',
  WARNING: 'warning',
  ERROR: 'error',
  UNMONITORED: 'unmonitored',
  DEPLOYED: 'ok',
  READY: 'warning',
  FAILED: 'error',
  UNKNOWN: 'warning',
  Deployed: 'ok',
  CompletedSuccess: 'ok',
};

export interface StatusInfo {
  /** The value as sent (an integer as its digits). */
  value: string;
  severity: Severity;
  /** The vocabulary's word for it; undefined for a value the console does not know. */
  known?: KnownStatus;
}

const isKnown = (value: string): value is KnownStatus => Object.hasOwn(SEVERITY_OF, value);

/** The known word a value is, if any. Integers never match a word: they stay unknown. */
export function knownStatus(value: string | number | null | undefined): KnownStatus | undefined {
  return typeof value === 'string' && isKnown(value) ? value : undefined;
}

/** Whether the vendor documents what this status means. */
export const isDeployStatus = (value: KnownStatus): value is DeployStatus => (DEPLOY_STATUSES as readonly string[]).includes(value);

/** Everything the UI needs to colour one status value; null when the value was not sent. */
export function describeStatus(value: string | number | null | undefined): StatusInfo | null {
  if (value === null || value === undefined) return null;
  const known = knownStatus(value);
  return known ? { value: known, severity: SEVERITY_OF[known], known } : { value: String(value), severity: 'unknown' };
}

/** Colour bucket for a status chip. Absent values are 'unknown' too (the chip shows an em dash). */
export function statusSeverity(value: string | number | null | undefined): Severity {
  return describeStatus(value)?.severity ?? 'unknown';
}
