/** GET /api/v3/customer — "Get Services Brief Details (V3)": one row per service. */
import * as z from 'zod/mini';
import { readRows, rowList, type RowsRead } from './rows';
import { nullableNumber, nullableString, orNull, tolerantObject } from './tolerant';

/** Shared with customer-details.ts, whose response is a brief row plus more fields. */
export const serviceBriefShape = {
  // null for an Operator Connect lead that has no license yet (the vendor's list page says so).
  umpCustomerGuid: orNull(z.string()),
  customerShortName: z.string(),
  customerFullName: nullableString(),
  // Integer code, open: 7 is kept as 7 and named "7" by licenseTypeName().
  licenseType: nullableNumber(),
  licensedUsersCount: nullableNumber(),
  msTenantId: nullableString(),
  activeUserCount: nullableNumber(),
  liveHubActiveUsersCount: nullableNumber(),
  liveHubSimpleUsersCount: nullableNumber(),
};

// A row is identified by its GUID (or its null: a lead) and its short name; any other field degrades alone.
export const serviceBriefSchema = tolerantObject(serviceBriefShape, { identity: ['umpCustomerGuid'] });
export type ServiceBrief = z.infer<typeof serviceBriefSchema>;

/** The whole list in one parse (fails on one unreadable row); kept for callers that want all or nothing. */
export const servicesListSchema = z.array(serviceBriefSchema);
export type ServicesList = z.infer<typeof servicesListSchema>;

/** The list read row by row: what the console reads. */
export const servicesListRowsSchema = rowList(serviceBriefSchema);
export type ServicesListRows = RowsRead<ServiceBrief>;

/** Reads an already-decoded list body row by row (the server's mirror uses this). */
export const readServicesList = (input: readonly unknown[]): ServicesListRows => readRows(serviceBriefSchema, input);

/** An Operator Connect lead: listed and counted, but it has no details page and no row actions. */
export const isLead = (row: Pick<ServiceBrief, 'umpCustomerGuid'>): boolean => row.umpCustomerGuid === null;
