/**
 * The console's one error vocabulary: every page turns a failure into words (`describeError`) and
 * decides whether asking again by itself can help (`shouldRetry`) here, so a status means the same on
 * every screen and a wording changes in one place. ErrorPanel shows these words; pages that need a
 * sentence of their own build it from them.
 */
import { ApiError, RequestValidationError, type ErrorMessage } from './errors';
import { t } from './messages';
import { isSignInRequired } from './session';

/** What was being read from OVOC when the error came: the services list or one OVOC customer. */
export type OvocErrorSubject = 'services' | 'customer';

export interface ErrorWords {
  title: string;
  message: string;
  /** The title the vendor documents for this status on this call: preferred over a page's own heading. */
  documentedTitle?: string;
  /** What the status means for the person, in words a support engineer can repeat to a customer. */
  meaning?: string;
  /** What to do next, when the documentation says. */
  action?: string;
  detail?: string;
  status?: number;
  errorTicket?: string;
  traceId?: string;
  requestId?: string;
  errorCode?: string;
  fieldErrors?: [string, string[]][];
}

export interface DescribeOptions {
  /** The call was an OVOC topology read: its documented statuses get their documented meaning. */
  ovoc?: OvocErrorSubject;
}

/**
 * The OVOC Retrieve Services and Verify Customer pages document five statuses: 400 Bad Request ·
 * 404 Resource not found or belongs to a different tenant · 409 Conflict when tenant ID validation
 * fails · 500 Internal server error or communication error with Live Platform portal · 503 Service
 * Unavailable when Live Platform portal is not configured. Other statuses get no guessed meaning.
 */
export const OVOC_DOCUMENTED_ERROR_STATUSES = [400, 404, 409, 500, 503] as const;
type OvocErrorStatus = (typeof OVOC_DOCUMENTED_ERROR_STATUSES)[number];
type OvocWords = Required<Pick<ErrorWords, 'documentedTitle' | 'meaning' | 'action'>>;

function ovocWords(subject: OvocErrorSubject, status: OvocErrorStatus): OvocWords {
  const what = t(subject === 'services' ? 'error.ovoc.subject.services' : 'error.ovoc.subject.customer');
  return {
    documentedTitle: t(`error.ovoc.${status}.title`, { subject }),
    meaning: t(`error.ovoc.${status}.meaning`, { what, subject }),
    action: t(`error.ovoc.${status}.action`),
  };
}

const isOvocErrorStatus = (status: unknown): status is OvocErrorStatus =>
  typeof status === 'number' && (OVOC_DOCUMENTED_ERROR_STATUSES as readonly number[]).includes(status);

/**
 * The console's server already retries a refused token once with a fresh one, so a 401 or 403 that
 * reaches the page is about the console's own access to Live Platform, not the person's.
 */
const statusMeaning = (status: number) => (status === 401 || status === 403 ? t(`error.meaning.${status}`) : undefined);

const kindTitle = (kind: string) => (kind === 'network' || kind === 'timeout' || kind === 'parse' ? t(`error.title.${kind}`) : undefined);

function nonEmpty(value: unknown): string | undefined {
  if (typeof value === 'string' && value.trim() !== '') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return undefined;
}

/** The console's own refusals (server/auth/roles.ts, rate limits), which are about the person, not the app registration. */
const ROLE_REFUSAL = /^This needs the (\w+) role\.$/;

function ownMeaning(error: ApiError): string | undefined {
  if (error.status === 403 && ROLE_REFUSAL.test(error.detail ?? '')) {
    return t('error.meaning.role');
  }
  if (error.status === 429) return t('error.meaning.429');
  return undefined;
}

/** The console's own phrasing in the language active now; the server's text, or an older error's, as it came. */
const messageOf = (error: Error & { words?: ErrorMessage }) => (error.words ? t(error.words.id, error.words.values) : error.message);

function describeApiError(error: ApiError, options: DescribeOptions): ErrorWords {
  const detail = nonEmpty(error.detail);
  const fieldErrors = error.fieldErrors ? Object.entries(error.fieldErrors).filter(([, list]) => list.length > 0) : [];
  const answered = error.kind === 'http' && error.status !== undefined && !isSignInRequired(error);
  const ovoc = answered && options.ovoc && isOvocErrorStatus(error.status) ? ovocWords(options.ovoc, error.status) : undefined;
  return {
    title: nonEmpty(error.title) ?? kindTitle(error.kind) ?? t('error.title.failed'),
    message: messageOf(error),
    ...ovoc,
    meaning: ovoc?.meaning ?? (answered && error.status !== undefined ? (ownMeaning(error) ?? statusMeaning(error.status)) : undefined),
    // The 500 body's detail is only "ErrorTicket=<uuid>", shown as the ticket itself.
    detail: detail && !/^ErrorTicket=/i.test(detail) && detail !== error.message ? detail : undefined,
    status: error.status,
    errorTicket: nonEmpty(error.errorTicket),
    traceId: nonEmpty(error.traceId),
    requestId: nonEmpty(error.requestId),
    errorCode: nonEmpty(error.errorCode),
    fieldErrors: fieldErrors.length > 0 ? fieldErrors : undefined,
  };
}

/** The words for any thrown value; never throws itself, whatever it is given. */
export function describeError(error: unknown, options: DescribeOptions = {}): ErrorWords {
  if (error instanceof ApiError) return describeApiError(error, options);
  if (error instanceof RequestValidationError) return { title: t('error.title.generic'), message: messageOf(error) };
  if (error instanceof Error) return { title: t('error.title.generic'), message: error.message || error.name };
  return { title: t('error.title.generic'), message: nonEmpty(error) ?? t('error.message.unexpected') };
}

/** Attempts after the first one for a transient failure. */
export const MAX_RETRIES = 2;

/**
 * Whether the same request may succeed a moment later: a dropped connection, a timeout, a 5xx. Not a
 * 4xx or a payload we cannot read (they fail the same way again), not a failure the platform filed
 * under an ErrorTicket (show it at once, for support), and not a 503 without Retry-After: the
 * platform documents that as "portal is not configured". The console's own 503s (no snapshot yet,
 * restarting) carry Retry-After.
 */
export function isTransient(error: unknown): boolean {
  if (!(error instanceof ApiError) || error.errorTicket) return false;
  if (error.kind === 'network' || error.kind === 'timeout') return true;
  if (error.kind !== 'http' || error.status === undefined || error.status < 500) return false;
  return error.status !== 503 || error.retryAfterSeconds !== undefined;
}

/** The retry rule of every query (the QueryClient's default). `failureCount` is react-query's: 0 on the first failure. */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  return failureCount < MAX_RETRIES && isTransient(error);
}

/**
 * A write whose answer never arrived (timeout, dropped connection, our server's 502/504 when the
 * platform did not answer): it may or may not have been applied, so the truth must be read first.
 */
export function answerMayBeLost(error: unknown): boolean {
  if (!(error instanceof ApiError)) return false;
  return error.kind === 'timeout' || error.kind === 'network' || error.status === 502 || error.status === 504;
}

export interface RefreshErrorNotice {
  message: string;
  severity: 'info' | 'error';
}

/** A failed Refresh press: its rate limit is information, anything else an error. */
export function describeRefreshError(error: unknown): RefreshErrorNotice {
  if (error instanceof ApiError && error.status === 429) return { message: t('error.refresh.limited'), severity: 'info' };
  return { message: t('error.refresh.failed', { message: describeError(error).message }), severity: 'error' };
}
