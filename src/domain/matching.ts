/**
 * Which OVOC service(s) belong to a UMP customer.
 *
 * UMP (Get Services Brief / Details) and OVOC (Retrieve Services) are two systems with no shared key
 * in the examples. The OVOC table documents `umpId (CustomerGuid)` = the UMP customer guid, and
 * `serviceId` ("Live Platform internal service Id") may carry the same guid, so:
 *
 *  1. by id: a service whose `umpId` or `serviceId` equals the customer's guid (case-insensitive);
 *  2. otherwise by name: a service whose `name` or `serviceName` equals the customer's short name
 *     (case-insensitive), reported as matchedBy 'name' so the UI can say the link is a guess.
 *     A service whose `umpId` names a *different* customer is never matched by name: it is known to
 *     belong elsewhere (a short name is only unique per Microsoft tenant).
 *  3. otherwise nothing (matchedBy null).
 *
 * `buildOvocIndex` + `lookupOvoc` give the same answer in O(1) per customer after one O(n) pass, for
 * pages that match every row of a long list. `matchOvocServices` is the one-customer form.
 */

/** The OVOC service fields the rule reads; OvocService (src/api/schemas) satisfies it. */
export interface OvocMatchable {
  umpId?: string | null;
  serviceId?: string | null;
  name?: string | null;
  serviceName?: string | null;
}

/** The UMP side: `umpCustomerGuid` and `customerShortName` of a ServiceBrief / CustomerDetails. */
export interface MatchCustomer {
  /** null for an Operator Connect lead (no license yet): matched by name only. */
  guid: string | null;
  shortName: string;
}

export type MatchedBy = 'id' | 'name' | null;

export interface OvocMatch<S> {
  /** The matching services in their input order; empty when matchedBy is null. */
  services: S[];
  matchedBy: MatchedBy;
}

export interface OvocIndex<S> {
  readonly byId: ReadonlyMap<string, readonly S[]>;
  readonly byName: ReadonlyMap<string, readonly S[]>;
  /** Lower-cased umpId of each service that has one (to skip name matches that belong elsewhere). */
  readonly umpIdOf: ReadonlyMap<S, string>;
}

/** Trimmed and lower-cased; blank or absent -> null (never a key). */
export function matchKey(value: string | null | undefined): string | null {
  if (typeof value !== 'string') return null;
  const key = value.trim().toLowerCase();
  return key === '' ? null : key;
}

function add<S>(map: Map<string, S[]>, key: string, service: S): void {
  const list = map.get(key);
  if (!list) map.set(key, [service]);
  // A service indexed twice under the same key (umpId === serviceId, name === serviceName) stays once.
  else if (list[list.length - 1] !== service) list.push(service);
}

/** One pass over the services; pass the result to lookupOvoc for every customer. */
export function buildOvocIndex<S extends OvocMatchable>(services: readonly S[]): OvocIndex<S> {
  const byId = new Map<string, S[]>();
  const byName = new Map<string, S[]>();
  const umpIdOf = new Map<S, string>();
  for (const service of services) {
    const umpId = matchKey(service.umpId);
    if (umpId) umpIdOf.set(service, umpId);
    for (const key of [umpId, matchKey(service.serviceId)]) if (key) add(byId, key, service);
    for (const key of [matchKey(service.name), matchKey(service.serviceName)]) if (key) add(byName, key, service);
  }
  return { byId, byName, umpIdOf };
}

export function lookupOvoc<S>(index: OvocIndex<S>, customer: MatchCustomer): OvocMatch<S> {
  const guid = matchKey(customer.guid);
  const byId = guid ? index.byId.get(guid) : undefined;
  if (byId && byId.length > 0) return { services: [...byId], matchedBy: 'id' };

  const name = matchKey(customer.shortName);
  const candidates = name ? index.byName.get(name) ?? [] : [];
  // A service with an umpId was not found by id above, so that umpId names another customer.
  const byName = candidates.filter((service) => !index.umpIdOf.has(service));
  return byName.length > 0 ? { services: byName, matchedBy: 'name' } : { services: [], matchedBy: null };
}

/** The OVOC service(s) of one customer (see the rule above). */
export function matchOvocServices<S extends OvocMatchable>(customer: MatchCustomer, services: readonly S[]): OvocMatch<S> {
  return lookupOvoc(buildOvocIndex(services), customer);
}
