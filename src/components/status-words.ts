/**
 * The words for the status vocabulary of src/domain/statuses.ts, from the shared catalogue. A value the
 * console does not know is shown exactly as it was sent ("DEGRADED", "3"); a value not sent stays null.
 */
import { isDeployStatus, knownStatus, type Severity } from '../domain/statuses';
import { t } from './messages';

type Sent = string | number | null | undefined;

/** Human label; unknown values come back exactly as they came, absent stays null. */
export function statusLabel(value: string | number): string;
export function statusLabel(value: Sent): string | null;
export function statusLabel(value: Sent): string | null {
  if (value === null || value === undefined) return null;
  const known = knownStatus(value);
  return known ? t(`status.label.${known}`) : String(value);
}

/** The vendor's one-sentence meaning of a status (a tooltip), only where it documents one. */
export function statusDescription(value: Sent): string | undefined {
  const known = knownStatus(value);
  return known && isDeployStatus(known) ? t(`status.description.${known}`) : undefined;
}

/** A severity's name, for legends. */
export const severityLabel = (severity: Severity) => t(`status.severity.${severity}`);

/** What a service that sent no status is counted and shown as. */
export const missingStatusLabel = () => t('status.missing');
