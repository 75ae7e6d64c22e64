/** PUT /api/ovoc/v1/topology/customers/{id} — "Verify Specific LC Customer Details" (a read, despite the verb). */
import * as z from 'zod/mini';
import { customerApplicationsStatusSchema, healthStatus } from './ovoc-common';
import { nullableRowList } from './rows';
import { nullableId, nullableString, numberish, orNull, tolerantObject } from './tolerant';

/** One entry of the `services` dictionary, keyed by service type (LIVE_CX, OC, ZOOM, ...). */
export const ovocCustomerServiceSchema = tolerantObject({
  meteringTag: nullableString(),
});
export type OvocCustomerService = z.infer<typeof ovocCustomerServiceSchema>;

export const ovocContactsSchema = tolerantObject({
  email: nullableString(),
  secondaryEmail: nullableString(),
  phone: nullableString(),
  secondaryPhone: nullableString(),
  generalInfo: nullableString(),
});
export type OvocContacts = z.infer<typeof ovocContactsSchema>;

export const ovocCustomerSchema = tolerantObject({
  id: nullableId(),
  name: nullableString(),
  fullName: nullableString(),
  description: nullableString(),
  status: healthStatus(),
  applicationsStatus: orNull(customerApplicationsStatusSchema),
  msTenantId: nullableString(),
  // Dictionary keys are service types and stay exactly as sent (they are data, not field names).
  services: orNull(z.record(z.string(), orNull(ovocCustomerServiceSchema))),
  // Read id by id: an id that is not a number is reported in `$unreadable.attachedServices`.
  attachedServices: nullableRowList(numberish),
  contacts: orNull(ovocContactsSchema),
  definedAt: nullableString(),
  iamAccountId: nullableString(),
  adGroupId: nullableString(),
  url: nullableString(),
  tenantId: nullableId(),
  logoId: nullableId(),
  channelId: nullableId(),
});
export type OvocCustomer = z.infer<typeof ovocCustomerSchema>;
