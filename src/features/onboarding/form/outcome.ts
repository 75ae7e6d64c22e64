/**
 * What a failed create means for "never twice". Some failures say the platform refused the request
 * (nothing was created: fix and send again); others say its answer never arrived, so the customer
 * may exist: the list must be read again before a second POST is allowed.
 */
import { answerMayBeLost } from '../../../api/error-words';
import { ApiError } from '../../../api/http';

export type CreateFailure =
  /** Timeout, dropped connection, 502/504 from our server (upstream never answered), or a 2xx we could not read. */
  | 'unknown'
  /** 409 that says the shortName is taken in this tenant. */
  | 'duplicate'
  /** 400 with field errors: mapped back onto the form. */
  | 'validation'
  /** Any other refusal (400 without fields, 401/403, 500, 503, ...): shown as it came; sending again is safe. */
  | 'other';

/**
 * A 409 is not always the name: the platform also answers 409 when the Microsoft tenant id fails
 * validation. Only a conflict that says so is put on the shortName field; others are shown as they came.
 */
function saysDuplicateName(error: ApiError): boolean {
  if (error.errorCode === 'DuplicateShortName') return true;
  const text = `${error.title ?? ''} ${error.detail ?? ''}`.toLowerCase();
  return /short ?name|already exists/.test(text);
}

export function classifyCreateFailure(error: unknown): CreateFailure {
  if (!(error instanceof ApiError)) return 'other';
  // The platform said OK but the body was unreadable: the customer was very likely created.
  if (answerMayBeLost(error) || error.kind === 'parse') return 'unknown';
  if (error.status === 409 && saysDuplicateName(error)) return 'duplicate';
  if (error.status === 400 && error.fieldErrors && Object.keys(error.fieldErrors).length > 0) return 'validation';
  return 'other';
}
