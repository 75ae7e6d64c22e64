/**
 * The console's one error vocabulary: every page turns a failure into words (`describeError`) and
 * decides whether asking again by itself can help (`shouldRetry`) here, so a status means the same on
 * every screen and a wording changes in one place. ErrorPanel shows these words; pages that need a
 * sentence of their own build it from them.
 */
import { ApiError } from './errors';
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

function ovocWords(subject: OvocErrorSubject): Record<OvocErrorStatus, OvocWords> {
  const what = subject === 'services' ? 'the OVOC services list' : 'this OVOC customer';
  return {
    400: {
      documentedTitle: 'Live Platform rejected the request',
      meaning: `Live Platform found the request for ${what} malformed (for example an id that is not a number or an empty body). Nothing is known about the health of the service from this answer.`,
      action: 'Check the customer id in the address; if it looks right, report the error ticket to the console team.',
    },
    404: {
      documentedTitle: subject === 'customer' ? 'Customer not found' : 'Not found',
      meaning: `Live Platform has no ${subject === 'customer' ? 'customer' : 'resource'} with this id for your tenant: either it does not exist (it may have been deleted) or it belongs to a different tenant.`,
      action: 'Check the id; a customer of another service provider is never shown here.',
    },
    409: {
      documentedTitle: 'Tenant validation failed',
      meaning: `Live Platform could not validate the tenant id for ${what}, so it refused to answer (409 Conflict). The service provider's tenant configuration and the one on record do not agree.`,
      action: 'Check the tenant id configured for this console with the Live Platform administrator.',
    },
    500: {
      documentedTitle: 'Live Platform error',
      meaning: `Live Platform had an internal error, or could not communicate with the Live Platform portal, while reading ${what}. This is usually temporary.`,
      action: 'Try again in a moment; if it keeps failing, give the error ticket to AudioCodes support.',
    },
    503: {
      documentedTitle: 'Live Platform portal is not configured',
      meaning: `The Live Platform portal is not configured on this Live Platform instance, so ${what} cannot be read (503 Service Unavailable). The services themselves may be fine; their health is just not available here.`,
      action: 'Ask the Live Platform administrator to configure the portal connection; retrying will not help until then.',
    },
  };
}

const isOvocErrorStatus = (status: unknown): status is OvocErrorStatus =>
  typeof status === 'number' && (OVOC_DOCUMENTED_ERROR_STATUSES as readonly number[]).includes(status);

/**
 * The console's server already retries a refused token once with a fresh one, so a 401 or 403 that
 * reaches the page is about the console's own access to Live Platform, not the person's.
 */
const STATUS_MEANINGS: Record<number, string> = {
  401:
    "Live Platform refused the console's credentials, even with a freshly obtained token. An administrator needs to check the console's app registration (client id and secret) and its access to this Live Platform instance.",
  403: "Live Platform does not allow the console's app registration to do this. An administrator needs to check its permissions.",
};

const KIND_TITLES: Record<string, string> = {
  network: "Can't reach the server",
  timeout: 'The server took too long to answer',
  parse: 'Unexpected answer from the server',
};

function nonEmpty(value: unknown): string | undefined {
  if (typeof value === 'string' && value.trim() !== '') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return undefined;
}

/** The console's own refusals (server/auth/roles.ts, rate limits), which are about the person, not the app registration. */
const ROLE_REFUSAL = /^This needs the (\w+) role\.$/;

function ownMeaning(error: ApiError): string | undefined {
  if (error.status === 403 && ROLE_REFUSAL.test(error.detail ?? '')) {
    return 'Your role does not allow this. Your access may have changed since you signed in; ask an administrator if you need it.';
  }
  if (error.status === 429) return 'The console limits how often this may be done. Wait, then try again.';
  return undefined;
}

function describeApiError(error: ApiError, options: DescribeOptions): ErrorWords {
  const detail = nonEmpty(error.detail);
  const fieldErrors = error.fieldErrors ? Object.entries(error.fieldErrors).filter(([, list]) => list.length > 0) : [];
  const answered = error.kind === 'http' && error.status !== undefined && !isSignInRequired(error);
  const ovoc = answered && options.ovoc && isOvocErrorStatus(error.status) ? ovocWords(options.ovoc)[error.status] : undefined;
  return {
    title: nonEmpty(error.title) ?? KIND_TITLES[error.kind] ?? 'The request failed',
    message: error.message,
    ...ovoc,
    meaning: ovoc?.meaning ?? (answered && error.status !== undefined ? (ownMeaning(error) ?? STATUS_MEANINGS[error.status]) : undefined),
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
  if (error instanceof Error) return { title: 'Something went wrong', message: error.message || error.name };
  return { title: 'Something went wrong', message: nonEmpty(error) ?? 'An unexpected error occurred.' };
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
  if (error instanceof ApiError && error.status === 429) return { message: 'Refreshes are limited to one every 10 seconds. Try again shortly.', severity: 'info' };
  return { message: `Couldn't ask for a refresh: ${describeError(error).message}`, severity: 'error' };
}
