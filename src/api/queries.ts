/**
 * Query-key factories and `queryOptions()` per read, in the manner of TkDodo's "Effective React Query
 * Keys": keys are hierarchical (`['customers', 'detail', guid]` sits under `['customers']`), so one
 * `invalidateQueries({ queryKey: customerKeys.all })` reaches every customer query, and the same options
 * object serves `useQuery`, `useSuspenseQuery`, route loaders and `prefetchQuery` alike.
 */
import { queryOptions } from '@tanstack/react-query';
import { rowsVersion } from './health-index/rows-version';
import { ApiError, http } from './http';
import {
  type ServiceBrief,
  consoleInfoSchema,
  customerDetailsSchema,
  ovocCustomerSchema,
  ovocServicesResponseSchema,
  servicesListRowsSchema,
  taskSchema,
} from './schemas';

export const customerKeys = {
  all: ['customers'] as const,
  lists: () => [...customerKeys.all, 'list'] as const,
  // The vendor list takes no filters, so there is one list; filtering happens in the table.
  list: () => [...customerKeys.lists(), 'all'] as const,
  details: () => [...customerKeys.all, 'detail'] as const,
  detail: (guid: string) => [...customerKeys.details(), guid] as const,
};

export const ovocKeys = {
  all: ['ovoc'] as const,
  services: () => [...ovocKeys.all, 'services'] as const,
  /** Under services(), so invalidating OVOC's services refreshes the index too; one per customer list. */
  healthIndex: (rowsVersion: number) => [...ovocKeys.services(), 'health-index', rowsVersion] as const,
  customers: () => [...ovocKeys.all, 'customers'] as const,
  customer: (id: number) => [...ovocKeys.customers(), id] as const,
};

export const taskKeys = {
  all: ['tasks'] as const,
  details: () => [...taskKeys.all, 'detail'] as const,
  detail: (id: string | number) => [...taskKeys.details(), String(id)] as const,
};

export const consoleKeys = {
  all: ['console'] as const,
  info: () => [...consoleKeys.all, 'info'] as const,
};

const segment = (value: string | number) => encodeURIComponent(String(value));

export const customerQueries = {
  list: () =>
    queryOptions({
      queryKey: customerKeys.list(),
      // Read row by row: `{ rows, unreadable }`, so one odd row never hides the others.
      queryFn: ({ signal }) => http('/api/v3/customer', { schema: servicesListRowsSchema, signal }),
    }),
  detail: (guid: string) =>
    queryOptions({
      queryKey: customerKeys.detail(guid),
      // allDetails=true brings the SIP connections (SiteLocation[]), which the detail page always shows.
      queryFn: ({ signal }) => http(`/api/v3/customer/${segment(guid)}?allDetails=true`, { schema: customerDetailsSchema, signal }),
    }),
};

export const ovocQueries = {
  services: () =>
    queryOptions({
      queryKey: ovocKeys.services(),
      // The trailing slash is the path as the vendor page writes it.
      queryFn: ({ signal }) => http('/api/ovoc/v1/topology/services/', { schema: ovocServicesResponseSchema, signal }),
    }),
  customer: (id: number) =>
    queryOptions({
      queryKey: ovocKeys.customer(id),
      // "Verify Specific LC Customer Details" is a PUT that only reads, so it is a query, not a mutation.
      queryFn: ({ signal }) =>
        http(`/api/ovoc/v1/topology/customers/${segment(id)}`, { method: 'PUT', schema: ovocCustomerSchema, signal }),
    }),
};

/**
 * Apart from ovocQueries so that the services list, which only needs this one, does not carry the
 * OVOC schemas of the other pages in its initial JS.
 */
export const servicesHealthQueries = {
  /**
   * The services list's health per row: the same endpoint and schema, reduced (in a Web Worker) to
   * the few bytes per row the list shows, instead of OVOC's full answer in the cache.
   */
  forRows: (rows: readonly ServiceBrief[]) =>
    queryOptions({
      queryKey: ovocKeys.healthIndex(rowsVersion(rows)),
      // Loaded when first asked (after the rows): the matching and the worker client stay out of the initial JS.
      queryFn: async ({ signal }) => (await import('./health-index/client')).fetchHealthLookup(rows, signal),
    }),
};

export const taskQueries = {
  detail: (id: string | number) =>
    queryOptions({
      queryKey: taskKeys.detail(id),
      // Polling (refetchInterval) is the caller's choice: only the caller knows when it stops caring.
      queryFn: ({ signal }) => http(`/api/v2/task/${segment(id)}`, { schema: taskSchema, signal }),
    }),
};

export const consoleQueries = {
  info: () =>
    queryOptions({
      queryKey: consoleKeys.info(),
      queryFn: ({ signal }) => http('/api/console/info', { schema: consoleInfoSchema, signal }),
      // The mode is fixed for the server's lifetime.
      staleTime: Infinity,
    }),
};

/** Attempts after the first one for a transient failure. */
export const MAX_RETRIES = 2;

/**
 * Retry policy for the QueryClient: a dropped connection, a timeout or a 5xx may pass; a 4xx or a
 * payload we cannot read will fail the same way again, so retrying only delays the error. Anything
 * that is not an ApiError (a bug, a cancellation) is not retried either.
 * `failureCount` is react-query's: 0 on the first failure.
 */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (failureCount >= MAX_RETRIES || !(error instanceof ApiError)) return false;
  // The platform recorded this failure under a ticket: show it at once, with the ticket for support.
  if (error.errorTicket) return false;
  if (error.kind === 'network' || error.kind === 'timeout') return true;
  return error.kind === 'http' && error.status !== undefined && error.status >= 500;
}
