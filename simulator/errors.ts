import { HttpResponse } from 'msw';
import type { ApiErrorBody } from '../src/api/schemas';
import type { RouteKey } from './faults';
import { ROUTES } from './faults';

/** Plain-words titles the vendor pages give for each status (OVOC page's list; UMP 500 title from the details page). */
const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Resource not found or belongs to a different tenant',
  409: 'Conflict: tenant ID validation failed',
  500: 'Internal server error or communication error with Live Platform portal',
  502: 'Bad Gateway',
  503: 'Live Platform portal is not configured',
  504: 'Gateway Timeout',
};

function traceId(): string {
  return `00-${crypto.randomUUID().replaceAll('-', '')}-${crypto.randomUUID().slice(0, 16).replaceAll('-', '')}-01`;
}

/** The v3 error body: {type, title, status, detail, instance, errorTicket, errorCode, traceId}. */
export function problem(status: number, fields: Partial<ApiErrorBody> & { instance?: string } = {}): HttpResponse<ApiErrorBody> {
  const ticket = crypto.randomUUID();
  const body: ApiErrorBody = {
    type: `https://tools.ietf.org/html/rfc9110#section-15.${status >= 500 ? '6' : '5'}.${status % 100 + 1}`,
    title: TITLES[status] ?? `HTTP ${status}`,
    status,
    detail: `ErrorTicket=${ticket}`,
    errorTicket: ticket,
    errorCode: null,
    traceId: traceId(),
    ...fields,
  };
  return HttpResponse.json(body, { status });
}

/**
 * The body a forced fault answers with: the documented one where a page shows it
 * (the details page's 500), the v3 shape elsewhere.
 */
export function faultResponse(route: RouteKey, status: number, instance: string): Response {
  if (status === 0) return HttpResponse.error();
  if (route === ROUTES.customerDetails && status === 500) {
    return HttpResponse.json(
      { title: 'Failed to retrieve customer information', status: 500, detail: `ErrorTicket=${crypto.randomUUID()}` },
      { status: 500 },
    );
  }
  return problem(status, { instance });
}
