/**
 * Status vocabulary of the Live Platform APIs and how the console colours it.
 *
 * Every vocabulary is open: a value not listed here keeps its original spelling as its label and gets
 * severity 'unknown' (neutral), because guessing that an unknown word or integer is "bad" or "good" would
 * mislead an operator. Matching is exact on the vendor's spelling for the same reason.
 */

export const SEVERITIES = ['ok', 'warning', 'error', 'unmonitored', 'unknown'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const SEVERITY_LABELS: Record<Severity, string> = {
  ok: 'OK',
  warning: 'Warning',
  error: 'Error',
  unmonitored: 'Unmonitored',
  unknown: 'Unknown',
};

/** OVOC `status`, `managementStatus` and the voice-quality statuses. */
export const HEALTH_STATUSES = ['OK', 'WARNING', 'ERROR', 'UNMONITORED'] as const;
export type HealthStatus = (typeof HEALTH_STATUSES)[number];

/** OVOC `applicationsStatus.management.serviceDeployStatus`. */
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

export interface StatusInfo {
  value: string;
  label: string;
  severity: Severity;
  /** One sentence for a tooltip, only where the vendor documents the meaning. */
  description?: string;
}

// Deploy statuses follow the vendor's "Deploy Status and Status Indicators" table
// (techdocs.audiocodes.com, "Monitor the Deployment"): Ready and Unknown show as Warning there.
const KNOWN: readonly StatusInfo[] = [
  { value: 'OK', label: 'OK', severity: 'ok' },
  { value: 'WARNING', label: 'Warning', severity: 'warning' },
  { value: 'ERROR', label: 'Error', severity: 'error' },
  { value: 'UNMONITORED', label: 'Unmonitored', severity: 'unmonitored' },
  { value: 'DEPLOYED', label: 'Deployed', severity: 'ok', description: 'The customer tenant has been deployed.' },
  { value: 'READY', label: 'Ready', severity: 'warning', description: 'The customer tenant is ready for deployment.' },
  { value: 'FAILED', label: 'Failed', severity: 'error', description: 'Deployment of the customer tenant failed.' },
  { value: 'UNKNOWN', label: 'Unknown', severity: 'warning', description: 'The request to deploy the customer tenant has been submitted.' },
  { value: 'Deployed', label: 'Deployed', severity: 'ok' },
  { value: 'CompletedSuccess', label: 'Completed successfully', severity: 'ok' },
];

const BY_VALUE = new Map(KNOWN.map((info) => [info.value, info]));

/** Everything the UI needs to show one status value; null when the value was not sent. */
export function describeStatus(value: string | number | null | undefined): StatusInfo | null {
  if (value === null || value === undefined) return null;
  const text = String(value);
  // Integers never match a word: an integer state stays "unknown" and is labelled with its digits.
  const known = typeof value === 'string' ? BY_VALUE.get(text) : undefined;
  return known ?? { value: text, label: text, severity: 'unknown' };
}

/** Colour bucket for a status chip. Absent values are 'unknown' too (the chip shows an em dash). */
export function statusSeverity(value: string | number | null | undefined): Severity {
  return describeStatus(value)?.severity ?? 'unknown';
}

/** Human label; unknown values come back exactly as they came ("DEGRADED", "3"), absent stays null. */
export function statusLabel(value: string | number | null | undefined): string | null {
  return describeStatus(value)?.label ?? null;
}
