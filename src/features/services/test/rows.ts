/** Test data builders for the services feature's tests. */
import { joinHealth } from '../../../api/health-index/projection';
import type { OvocService, ServiceBrief } from '../../../api/schemas';
import type { ConsoleServiceRow } from '../../../api/schemas/console-snapshot';

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

/** The rows as GET /api/console/services lists them: each with the health the server joins from these OVOC services. */
export function joined(rows: readonly ServiceBrief[], services: readonly OvocService[]): ConsoleServiceRow[] {
  const lookup = joinHealth(rows, services);
  return rows.map((row) => ({ ...row, health: lookup.get(row) ?? null }));
}
