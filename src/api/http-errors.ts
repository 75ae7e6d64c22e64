/** Builds the ApiError for a non-2xx answer from whatever body the server sent (problem JSON, a string, text). */
import { apiError, type ApiError, type ErrorMessage, type FieldErrors, type HttpMethod } from './errors';
import { apiErrorBodySchema } from './schemas/api-error';

const GUID = '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}';
// UMP's 500 hides the ticket in `detail: "ErrorTicket=<uuid>"`.
const TICKET_IN_TEXT = new RegExp(`ErrorTicket\\s*[=:]\\s*(${GUID})`, 'i');

// HTTP/2 responses carry no status text, so the common reasons are spelled out here.
const REASONS: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  408: 'Request Timeout',
  409: 'Conflict',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

// Longer plain-text bodies are stack traces or pages, not something to put in front of a person.
const MAX_TEXT_DETAIL = 500;

/**
 * ASP.NET's key -> the camelCase field our forms use, following System.Text.Json's camelCase policy
 * per dotted segment: `ShortName` -> `shortName`, `SiteLocation.SbcId` -> `siteLocation.sbcId`,
 * `$.msTenantId` -> `msTenantId`, `ID` -> `id`.
 */
export function toFieldKey(key: string): string {
  return key.replace(/^\$\.?/, '').split('.').map(camelSegment).join('.');
}

function camelSegment(segment: string): string {
  const capitals = /^[A-Z]+/.exec(segment)?.[0].length ?? 0;
  if (capitals === 0) return segment;
  // In a run of capitals followed by lowercase ("URLValue") the last capital starts the next word.
  const followedByLower = /[a-z]/.test(segment.charAt(capitals));
  const lower = Math.max(1, followedByLower ? capitals - 1 : capitals);
  return segment.slice(0, lower).toLowerCase() + segment.slice(lower);
}

function toFieldErrors(errors: Record<string, string[]> | null | undefined): FieldErrors | undefined {
  if (!errors) return undefined;
  const out: FieldErrors = {};
  for (const [key, messages] of Object.entries(errors)) (out[toFieldKey(key)] ??= []).push(...messages);
  return Object.keys(out).length > 0 ? out : undefined;
}

/** The console server's id for the call (server/ops/request-id.ts); only a plausible one is shown. */
export function requestIdOf(response: Response): string | undefined {
  const value = response.headers.get('x-request-id')?.trim();
  return value && /^[\x21-\x7e]{1,100}$/.test(value) ? value : undefined;
}

/** Retry-After as delta-seconds or an HTTP date (RFC 9110 §10.2.3); anything else is no promise at all. */
export function retryAfterOf(response: Response, now = Date.now()): number | undefined {
  const value = response.headers.get('retry-after')?.trim();
  if (!value) return undefined;
  if (/^\d+$/.test(value)) return Number(value);
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, Math.ceil((at - now) / 1000));
}

const present = (value: string | null | undefined): string | undefined =>
  value === null || value === undefined || value.trim() === '' ? undefined : value;

export function httpErrorFrom(
  response: Response,
  body: unknown,
  isHtml: boolean,
  where: { method: HttpMethod; url: string },
): ApiError {
  const status = response.status;
  let title: string | undefined;
  let detail: string | undefined;
  let errorTicket: string | undefined;
  let traceId: string | undefined;
  let errorCode: string | number | undefined;
  let fieldErrors: FieldErrors | undefined;

  const problem = apiErrorBodySchema.safeParse(body);
  if (typeof body === 'string') {
    // 404 "Customer with <guid> not found" arrives as a JSON string or as text; both are the detail.
    detail = isHtml || body.length > MAX_TEXT_DETAIL ? undefined : present(body.trim());
  } else if (problem.success) {
    title = present(problem.data.title);
    detail = present(problem.data.detail);
    errorTicket = present(problem.data.errorTicket);
    traceId = present(problem.data.traceId);
    errorCode = problem.data.errorCode ?? undefined;
    fieldErrors = toFieldErrors(problem.data.errors);
  }
  errorTicket ??= (detail && TICKET_IN_TEXT.exec(detail)?.[1]) || undefined;

  // The detail is only worth repeating in the sentence when it says more than the ticket.
  const detailIsTicketOnly = detail !== undefined && errorTicket !== undefined && detail.replace(TICKET_IN_TEXT, '').trim() === '';
  const reason = title ?? (detailIsTicketOnly ? undefined : detail) ?? (present(response.statusText) || REASONS[status]);
  // The reason is the server's own text (or the standard English reason phrase): kept as it came.
  const words: ErrorMessage = reason ? { id: 'error.message.answered', values: { status, reason } } : { id: 'error.message.answeredNoReason', values: { status } };
  const requestId = requestIdOf(response);
  const retryAfterSeconds = retryAfterOf(response);
  return apiError(words, { kind: 'http', ...where, status, title, detail, errorTicket, traceId, errorCode, fieldErrors, requestId, retryAfterSeconds });
}
