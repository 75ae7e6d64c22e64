/**
 * What an error status of the OVOC topology calls means, in plain words.
 *
 * The Retrieve Services and Verify Customer pages list five statuses:
 *   400 Bad Request (e.g., empty request body) · 404 Resource not found or belongs to a different tenant ·
 *   409 Conflict when tenant ID validation fails · 500 Internal server error or communication error with
 *   Live Platform portal · 503 Service Unavailable when Live Platform portal is not configured.
 * Each gets a short title, what it means for the person reading the page, and what they can do.
 * Statuses the pages do not document return null: the caller shows the generic error panel instead of
 * guessing a meaning.
 */

export const OVOC_DOCUMENTED_ERROR_STATUSES = [400, 404, 409, 500, 503] as const;
export type OvocErrorStatus = (typeof OVOC_DOCUMENTED_ERROR_STATUSES)[number];

/** What was being read when the error came: the services list or one OVOC customer. */
export type OvocErrorSubject = 'services' | 'customer';

export interface OvocErrorMeaning {
  status: OvocErrorStatus;
  /** Short heading, e.g. "Live Platform portal is not configured". */
  title: string;
  /** One or two sentences: what happened, in words a support engineer can repeat to a customer. */
  meaning: string;
  /** What to do next. */
  action: string;
  /** Whether trying again can help (a transient failure) or not (a configuration or data problem). */
  retryable: boolean;
}

type MeaningText = Omit<OvocErrorMeaning, 'status'>;

const WHAT: Record<OvocErrorSubject, string> = {
  services: 'the OVOC services list',
  customer: 'this OVOC customer',
};

function texts(subject: OvocErrorSubject): Record<OvocErrorStatus, MeaningText> {
  const what = WHAT[subject];
  return {
    400: {
      title: 'Live Platform rejected the request',
      meaning: `Live Platform found the request for ${what} malformed (for example an id that is not a number or an empty body). Nothing is known about the health of the service from this answer.`,
      action: 'Check the customer id in the address; if it looks right, report the error ticket to the console team.',
      retryable: false,
    },
    404: {
      title: subject === 'customer' ? 'Customer not found' : 'Not found',
      meaning: `Live Platform has no ${subject === 'customer' ? 'customer' : 'resource'} with this id for your tenant: either it does not exist (it may have been deleted) or it belongs to a different tenant.`,
      action: 'Check the id; a customer of another service provider is never shown here.',
      retryable: false,
    },
    409: {
      title: 'Tenant validation failed',
      meaning: `Live Platform could not validate the tenant id for ${what}, so it refused to answer (409 Conflict). The service provider's tenant configuration and the one on record do not agree.`,
      action: 'Check the tenant id configured for this console with the Live Platform administrator.',
      retryable: false,
    },
    500: {
      title: 'Live Platform error',
      meaning: `Live Platform had an internal error, or could not communicate with the Live Platform portal, while reading ${what}. This is usually temporary.`,
      action: 'Try again in a moment; if it keeps failing, give the error ticket to AudioCodes support.',
      retryable: true,
    },
    503: {
      title: 'Live Platform portal is not configured',
      meaning: `The Live Platform portal is not configured on this Live Platform instance, so ${what} cannot be read (503 Service Unavailable). The services themselves may be fine; their health is just not available here.`,
      action: 'Ask the Live Platform administrator to configure the portal connection; retrying will not help until then.',
      retryable: false,
    },
  };
}

export function isOvocErrorStatus(status: unknown): status is OvocErrorStatus {
  return typeof status === 'number' && (OVOC_DOCUMENTED_ERROR_STATUSES as readonly number[]).includes(status);
}

/** The documented meaning of `status` for `subject`, or null when the pages document no meaning for it. */
export function ovocErrorMeaning(status: number | null | undefined, subject: OvocErrorSubject): OvocErrorMeaning | null {
  if (!isOvocErrorStatus(status)) return null;
  return { status, ...texts(subject)[status] };
}
