/**
 * Query-key factories and `queryOptions()` per read, in the manner of TkDodo's "Effective React Query
 * Keys": keys are hierarchical (`['customers', 'detail', guid]` sits under `['customers']`), so one
 * `invalidateQueries({ queryKey: customerKeys.all })` reaches every customer query, and the same options
 * object serves `useQuery`, `useSuspenseQuery`, route loaders and `prefetchQuery` alike.
 */
import { queryOptions } from '@tanstack/react-query';
import { http } from './http';
import {
  consoleInfoSchema,
  customerDetailsSchema,
  ovocCustomerSchema,
  ovocServiceSchema,
  ovocServicesResponseSchema,
  servicesListRowsSchema,
  taskSchema,
} from './schemas';
import { recentChangesSchema, timelineSchema } from './schemas/console-snapshot';
import { consoleHealthFirstSchema } from './schemas/health-first';
import { consoleServicesSchema } from './schemas/services-wire';
import { consoleHealthSchema } from './schemas/health-wire';

export const customerKeys = {
  all: ['customers'] as const,
  lists: () => [...customerKeys.all, 'list'] as const,
  // The vendor list takes no filters, so there is one list; filtering happens in the table.
  list: () => [...customerKeys.lists(), 'all'] as const,
  details: () => [...customerKeys.all, 'detail'] as const,
  detail: (guid: string) => [...customerKeys.details(), guid] as const,
  // The writes' mutation keys (api/mutations.ts), under the same root.
  create: () => [...customerKeys.all, 'create'] as const,
  remove: () => [...customerKeys.all, 'delete'] as const,
};

export const ovocKeys = {
  all: ['ovoc'] as const,
  services: () => [...ovocKeys.all, 'services'] as const,
  service: (id: number) => [...ovocKeys.services(), id] as const,
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

/**
 * The server's shared snapshot of the Live Platform (docs/console-api.md). Everything under
 * `snapshotKeys.all` changes with a new snapshot version, so one invalidation (a live `snapshot`
 * event, a create or delete) reaches the list, the Health rows, the changes and every timeline.
 */
export const snapshotKeys = {
  all: [...consoleKeys.all, 'snapshot'] as const,
  services: () => [...snapshotKeys.all, 'services'] as const,
  health: () => [...snapshotKeys.all, 'health'] as const,
  healthFirst: (count: number) => [...snapshotKeys.all, 'health-first', count] as const,
  changes: (hours: number) => [...snapshotKeys.all, 'changes', hours] as const,
  timelines: () => [...snapshotKeys.all, 'timeline'] as const,
  serviceTimeline: (key: string, days: number) => [...snapshotKeys.timelines(), 'service', key, days] as const,
  customerTimeline: (guid: string, days: number) => [...snapshotKeys.timelines(), 'customer', guid, days] as const,
  /** The Refresh button's mutation (api/snapshot-refresh.ts). */
  refresh: () => [...snapshotKeys.all, 'refresh'] as const,
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
  /** One service's full OVOC object, read live (the Health page's expanded row). */
  service: (id: number) =>
    queryOptions({
      queryKey: ovocKeys.service(id),
      queryFn: ({ signal }) => http(`/api/ovoc/v1/topology/services/${segment(id)}`, { schema: ovocServiceSchema, signal }),
    }),
  customer: (id: number) =>
    queryOptions({
      queryKey: ovocKeys.customer(id),
      // "Verify Specific LC Customer Details" is a PUT that only reads, so it is a query, not a mutation.
      queryFn: ({ signal }) =>
        http(`/api/ovoc/v1/topology/customers/${segment(id)}`, { method: 'PUT', schema: ovocCustomerSchema, signal }),
    }),
};

/** How many days of history a timeline shows (the server keeps 90). */
export const TIMELINE_DAYS = 30;

/**
 * Projections of the snapshot. Same-URL refetches revalidate with the ETag (the browser sends
 * If-None-Match itself), so an unchanged snapshot costs a 304 and no body.
 */
export const snapshotQueries = {
  /** The services list with each row's health joined by the server. */
  services: () =>
    queryOptions({
      queryKey: snapshotKeys.services(),
      queryFn: ({ signal }) => http('/api/console/services', { schema: consoleServicesSchema, signal }),
    }),
  /** The Health page's rows, each with "since" per tracked status. */
  health: () =>
    queryOptions({
      queryKey: snapshotKeys.health(),
      queryFn: ({ signal }) => http('/api/console/health', { schema: consoleHealthSchema, signal }),
    }),
  /** The Health page's first screenful in its default order, while the whole answer is on its way. */
  healthFirst: (count: number) =>
    queryOptions({
      queryKey: snapshotKeys.healthFirst(count),
      queryFn: ({ signal }) => http(`/api/console/health?first=${segment(count)}`, { schema: consoleHealthFirstSchema, signal }),
    }),
  changes: (hours = 24) =>
    queryOptions({
      queryKey: snapshotKeys.changes(hours),
      queryFn: ({ signal }) => http(`/api/console/changes?hours=${segment(hours)}`, { schema: recentChangesSchema, signal }),
    }),
  serviceTimeline: (key: string, days = TIMELINE_DAYS) =>
    queryOptions({
      queryKey: snapshotKeys.serviceTimeline(key, days),
      queryFn: ({ signal }) => http(`/api/console/health/${segment(key)}/timeline?days=${segment(days)}`, { schema: timelineSchema, signal }),
    }),
  customerTimeline: (guid: string, days = TIMELINE_DAYS) =>
    queryOptions({
      queryKey: snapshotKeys.customerTimeline(guid, days),
      queryFn: ({ signal }) =>
        http(`/api/console/customers/${segment(guid)}/timeline?days=${segment(days)}`, { schema: timelineSchema, signal }),
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
