/**
 * OVOC's services reduced to what the services list shows per customer: the Health key, how many
 * services matched and how, and the Health page search of the one shown. Kept whole, OVOC's answer
 * was most of the list's heap, while the list needs a few bytes per row. The matching rule is the customer page's (domain/matching.ts).
 *
 * Memory: one result object per distinct result (most rows share one of a handful: the search is
 * left out when it is the row's own short name), and no entry at all for a row with no match.
 */
import { buildOvocIndex, lookupOvoc } from '../../domain/matching';
import { serviceQuery, statusKeyOf, worstService } from '../../domain/health-keys';
import type { OvocService, ServiceBrief } from '../schemas';
import type { RowHealth } from '../schemas/console-snapshot';

export type { RowHealth };

/** Health per customer row (the row objects themselves are the keys, so duplicate guids cannot collide). */
export type HealthLookup = ReadonlyMap<ServiceBrief, RowHealth>;

/** What the reduction needs of each customer, in the list's order: two string lists. */
export interface HealthCustomers {
  guids: string[];
  shortNames: string[];
}

/** The reduced answer: the distinct results, and per customer 1 + the index of its result (0: nothing matched). */
export interface HealthIndex {
  results: RowHealth[];
  codes: Uint32Array;
}

export function customersOf(rows: readonly ServiceBrief[]): HealthCustomers {
  return { guids: rows.map((row) => row.umpCustomerGuid ?? ''), shortNames: rows.map((row) => row.customerShortName) };
}

/** One O(n) pass: the index once, then one lookup per customer. */
export function projectHealth(customers: HealthCustomers, services: readonly OvocService[]): HealthIndex {
  const index = buildOvocIndex(services);
  const results: RowHealth[] = [];
  const seen = new Map<string, number>();
  const codes = new Uint32Array(customers.guids.length);
  customers.guids.forEach((guid, at) => {
    const shortName = customers.shortNames[at] ?? '';
    const match = lookupOvoc(index, { guid, shortName });
    const worst = worstService(match.services);
    if (worst === null) return;
    const query = serviceQuery(worst);
    // `since` needs history: the server's snapshot fills it in; this pure join cannot know it.
    const health: RowHealth = { key: statusKeyOf(worst), count: match.services.length, matchedBy: match.matchedBy ?? 'id', since: null };
    if (query !== shortName) health.query = query;
    const identity = JSON.stringify([health.key, health.count, health.matchedBy, health.query ?? null]);
    let code = seen.get(identity);
    if (code === undefined) {
      code = results.push(health);
      seen.set(identity, code);
    }
    codes[at] = code;
  });
  return { results, codes };
}

/** The reduced answer as a lookup by the rows it was computed for (same order). */
export function toLookup(rows: readonly ServiceBrief[], index: HealthIndex): HealthLookup {
  const lookup = new Map<ServiceBrief, RowHealth>();
  rows.forEach((row, at) => {
    const code = index.codes[at] ?? 0;
    const health = code === 0 ? undefined : index.results[code - 1];
    if (health) lookup.set(row, health);
  });
  return lookup;
}

/** The rows joined to OVOC's services in one go. */
export function joinHealth(rows: readonly ServiceBrief[], services: readonly OvocService[]): HealthLookup {
  return toLookup(rows, projectHealth(customersOf(rows), services));
}
