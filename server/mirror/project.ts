import { toHealthServiceRow } from '../../src/api/health-index/health-row';
import type { ConsoleServiceRow, HealthServiceRow, OvocService, ServiceBrief, Since, TrackedField } from '../../src/api/schemas';
import { serviceQuery, statusKeyOf, worstService } from '../../src/domain/health-keys';
import { buildOvocIndex, lookupOvoc } from '../../src/domain/matching';
import type { ObservedService, TrackedValues } from './status-book';

/**
 * The read lists joined once for everyone (the rule of domain/matching.ts, as the browser applied
 * it) and reduced to what the pages show: the services list's rows with their Health cell, and the
 * Health page's rows with "since" per tracked status.
 */

export type SinceOf = (key: string, field: TrackedField) => Since | null;

/** Row key as the Health page makes it: the OVOC id, else serviceId, else url, else the position; unique. */
export function serviceKeys(services: readonly OvocService[]): string[] {
  const seen = new Set<string>();
  return services.map((service, index) => {
    const base = service.id !== null ? String(service.id) : (service.serviceId ?? service.url ?? `#${index}`);
    let key = base;
    if (seen.has(key)) key = `${base}#${index}`;
    while (seen.has(key)) key += '#';
    seen.add(key);
    return key;
  });
}

export function trackedValues(service: OvocService): TrackedValues {
  const management = service.applicationsStatus?.management ?? null;
  return {
    status: service.status,
    managementStatus: management?.managementStatus ?? null,
    serviceDeployStatus: management?.serviceDeployStatus ?? null,
    voiceQualityStatus: service.applicationsStatus?.voiceQuality?.voiceQualityStatus ?? null,
  };
}

export function observe(services: readonly OvocService[], keys: readonly string[]): ObservedService[] {
  return services.map((service, index) => ({
    key: keys[index] ?? String(index),
    name: service.name ?? service.serviceName ?? null,
    values: trackedValues(service),
  }));
}

export interface Projection {
  services: ConsoleServiceRow[];
  health: HealthServiceRow[];
}

export function project(
  lists: { customers: readonly ServiceBrief[]; services: readonly OvocService[] },
  keys: readonly string[],
  sinceOf: SinceOf,
): Projection {
  const keyOf = new Map<OvocService, string>();
  lists.services.forEach((service, index) => keyOf.set(service, keys[index] ?? String(index)));
  const customerOf = new Map<OvocService, string>();
  const index = buildOvocIndex(lists.services);

  const services: ConsoleServiceRow[] = lists.customers.map((customer) => {
    const match = lookupOvoc(index, { guid: customer.umpCustomerGuid, shortName: customer.customerShortName });
    const guid = customer.umpCustomerGuid;
    if (guid !== null) for (const service of match.services) if (!customerOf.has(service)) customerOf.set(service, guid);
    const worst = worstService(match.services);
    if (worst === null || match.matchedBy === null) return { ...customer, health: null };
    const query = serviceQuery(worst);
    const key = keyOf.get(worst) ?? '';
    return {
      ...customer,
      health: {
        key: statusKeyOf(worst),
        count: match.services.length,
        matchedBy: match.matchedBy,
        ...(query !== customer.customerShortName ? { query } : {}),
        since: sinceOf(key, 'status'),
      },
    };
  });

  // The same row the browser's stand-in builds (health-row.ts); the key is the mirror's own.
  const health: HealthServiceRow[] = lists.services.map((service, at) => {
    const key = keyOf.get(service) ?? '';
    const since = {
      status: sinceOf(key, 'status'),
      managementStatus: sinceOf(key, 'managementStatus'),
      serviceDeployStatus: sinceOf(key, 'serviceDeployStatus'),
      voiceQualityStatus: sinceOf(key, 'voiceQualityStatus'),
    };
    return { ...toHealthServiceRow(service, at, { since, customerGuid: customerOf.get(service) ?? null }), key };
  });
  return { services, health };
}
