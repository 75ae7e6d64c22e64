/** Test data builders for the services feature's tests. */
import type { ServiceBrief } from '../../../api/schemas';

let counter = 0;

export function brief(overrides: Partial<ServiceBrief> = {}): ServiceBrief {
  counter += 1;
  const n = String(counter).padStart(12, '0');
  return {
    umpCustomerGuid: `00000000-0000-4000-8000-${n}`,
    customerShortName: `cust${counter}`,
    customerFullName: `Customer ${counter}`,
    licenseType: 0,
    licensedUsersCount: null,
    msTenantId: null,
    activeUserCount: 0,
    liveHubActiveUsersCount: null,
    liveHubSimpleUsersCount: null,
    ...overrides,
  };
}
