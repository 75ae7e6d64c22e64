/**
 * Test knob: make chosen simulator routes answer with a documented error status
 * (or drop the connection, status 0) for a number of calls, optionally after a delay.
 * Routes are keyed as "METHOD /path/pattern", exactly as the handlers declare them.
 */
export interface Fault {
  /** Absent: only delay, then answer normally (a slow platform that still does the work). 0: drop the connection. */
  status?: number;
  times?: number;
  delayMs?: number;
}

export const ROUTES = {
  listCustomers: 'GET /api/v3/customer',
  customerDetails: 'GET /api/v3/customer/:guid',
  createCustomer: 'POST /api/v2/customer',
  deleteCustomer: 'DELETE /api/v2/customer/:guid',
  task: 'GET /api/v2/task/:id',
  ovocServices: 'GET /api/ovoc/v1/topology/services',
  ovocService: 'GET /api/ovoc/v1/topology/services/:id',
  ovocCustomer: 'PUT /api/ovoc/v1/topology/customers/:id',
  siteLocation: 'GET /api/v2/sitelocation/:id',
  dialPlan: 'GET /api/v2/customer/:customerId/sitelocation/:siteId/dialplan/:planId',
  scriptTemplates: 'GET /api/v2/scripttemplates',
  callingProfiles: 'GET /api/v2/oc/callingprofile',
} as const;

export type RouteKey = (typeof ROUTES)[keyof typeof ROUTES];

const ROUTE_KEYS: readonly string[] = Object.values(ROUTES);

export function isRouteKey(value: string): value is RouteKey {
  return ROUTE_KEYS.includes(value);
}

export class FaultTable {
  readonly #faults = new Map<RouteKey, Fault>();

  set(route: RouteKey, fault: Fault): void {
    this.#faults.set(route, { ...fault });
  }

  clear(route?: RouteKey): void {
    if (route) this.#faults.delete(route);
    else this.#faults.clear();
  }

  /** The fault to apply to this call, if any; counts the call against `times`. */
  take(route: RouteKey): Fault | undefined {
    const fault = this.#faults.get(route);
    if (!fault) return undefined;
    if (fault.times !== undefined) {
      fault.times -= 1;
      if (fault.times <= 0) this.#faults.delete(route);
    }
    return fault;
  }

  list(): Array<{ route: RouteKey } & Fault> {
    return [...this.#faults].map(([route, fault]) => ({ route, ...fault }));
  }
}

/**
 * SIM_FAULTS="GET /api/v3/customer=500;PUT /api/ovoc/v1/topology/customers/:id=503x2"
 * (`xN` limits the fault to N calls). Unknown routes are reported, not ignored silently.
 */
export function parseFaultSpec(spec: string): Array<{ route: RouteKey } & Fault> {
  return spec
    .split(';')
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const match = /^(.+?)=(\d{1,3})(?:x(\d+))?$/.exec(part);
      const route = match?.[1]?.trim() ?? '';
      if (!match || !isRouteKey(route)) {
        throw new Error(`SIM_FAULTS: cannot read "${part}"; expected "<METHOD /route>=<status>[x<times>]" with a route from: ${ROUTE_KEYS.join(', ')}`);
      }
      const times = match[3] ? Number(match[3]) : undefined;
      return { route, status: Number(match[2]), ...(times !== undefined ? { times } : {}) };
    });
}
