import type {
  CreateCustomerRequest,
  CreateCustomerResponse,
  CustomerDetails,
  OvocCustomer,
  OvocService,
  Task,
} from '../src/api/schemas';
import { seed as fixtures } from './seed';
import { FaultTable, parseFaultSpec } from './faults';
import { parseShapes, type Shape } from './shapes';
import { type ListedBrief, generateCustomer, generateDetails, generateOvocCustomer, generateOvocService } from './generate';
import { siteDetailsFor, type SiteScripts, type WireSite } from './sites';

export interface StoreOptions {
  /** Grow the list to this many customers (the 35 documented ones first). */
  customers?: number;
  /** Anchors generated dates (secret expiry); tests pin it. */
  now?: Date;
  /** Odd real-world shapes to serve besides the documented data (simulator/shapes.ts). */
  shapes?: readonly Shape[];
}

interface SimTask {
  task: Task;
  polls: number;
}

/** How many GETs a task answers "InProgress" before it completes, like a real deployment. */
const TASK_POLLS_BEFORE_DONE = 1;

/**
 * The simulator's state: what a Live Platform instance would hold. Details of a listed customer
 * are generated on first read (seeded by its guid) and kept, so they stay consistent afterwards.
 */
export class SimStore {
  readonly faults = new FaultTable();
  /** Odd shapes served besides the documented data; empty by default. */
  shapes: ReadonlySet<Shape>;
  readonly #now: Date;
  readonly #briefs = new Map<string, ListedBrief>();
  readonly #details = new Map<string, CustomerDetails>();
  /** Customers that can be read by guid though the list does not show them (the details page's example). */
  readonly #unlisted = new Map<string, CustomerDetails>();
  #ovocServices: Map<number, OvocService> | null = null;
  readonly #ovocCustomers = new Map<number, OvocCustomer>();
  readonly #tasks = new Map<string, SimTask>();
  readonly #createdServices: OvocService[] = [];
  /** Scripts and parameters of the SIP connections the create call made, by site id. */
  readonly #siteScripts = new Map<string, SiteScripts>();

  constructor(options: StoreOptions = {}) {
    this.#now = options.now ?? new Date();
    this.shapes = new Set(options.shapes ?? []);
    for (const brief of fixtures.servicesBrief) if (brief.umpCustomerGuid !== null) this.#briefs.set(brief.umpCustomerGuid, { ...brief, umpCustomerGuid: brief.umpCustomerGuid });
    const wanted = options.customers ?? fixtures.servicesBrief.length;
    for (let i = this.#briefs.size; i < wanted; i += 1) {
      const brief = generateCustomer(i);
      this.#briefs.set(brief.umpCustomerGuid, brief);
    }
    // The details page's example is a customer the list page's example does not contain; it is
    // served verbatim by its guid so the documented response (4 SIP connections) stays reachable.
    const example = fixtures.customerDetailsAll;
    if (!this.#briefs.has(example.umpCustomerGuid)) this.#unlisted.set(example.umpCustomerGuid, example);
    const ovocExample = fixtures.ovocCustomer;
    this.#ovocCustomers.set(ovocExample.id ?? 0, ovocExample);
  }

  listCustomers(): ListedBrief[] {
    return [...this.#briefs.values()];
  }

  getCustomer(guid: string): CustomerDetails | undefined {
    const key = guid.toLowerCase();
    const unlisted = this.#unlisted.get(key);
    if (unlisted) return unlisted;
    const brief = this.#briefs.get(key);
    if (!brief) return undefined;
    let details = this.#details.get(key);
    if (!details) {
      details = generateDetails(brief, this.#now);
      this.#details.set(key, details);
    }
    return details;
  }

  /** Every customer with its SIP connections (GET /api/v3/customer?allDetails=true); builds all details once. */
  listCustomersWithSites(): CustomerDetails[] {
    return [...this.#briefs.keys()].flatMap((guid) => this.getCustomer(guid) ?? []);
  }

  /** GET /api/v2/sitelocation/{id}: the site's full record, found through its customer. */
  getSiteDetails(siteId: string): { customerGuid: string; site: WireSite } | undefined {
    const key = siteId.toLowerCase();
    const customers = [...this.#unlisted.values(), ...this.#details.values()];
    // A pasted link may name a site of a customer nobody has opened yet: then every customer is read once.
    const found = this.#findSite(customers, key) ?? this.#findSite(this.listCustomersWithSites(), key);
    if (!found) return undefined;
    const [customer, site] = found;
    return { customerGuid: customer.umpCustomerGuid, site: siteDetailsFor(customer.msTenantId, site, this.#siteScripts.get(key)) };
  }

  #findSite(customers: readonly CustomerDetails[], siteId: string) {
    for (const customer of customers) {
      const site = customer.siteLocation?.find((s) => s.id.toLowerCase() === siteId);
      if (site) return [customer, site] as const;
    }
    return undefined;
  }

  findByShortName(shortName: string, msTenantId: string | null): ListedBrief | undefined {
    const name = shortName.toLowerCase();
    const tenant = msTenantId?.toLowerCase() ?? null;
    for (const brief of this.#briefs.values()) {
      if (brief.customerShortName.toLowerCase() === name && (brief.msTenantId?.toLowerCase() ?? null) === tenant) return brief;
    }
    return undefined;
  }

  deleteCustomer(guid: string): boolean {
    const key = guid.toLowerCase();
    const existed = this.#briefs.delete(key) || this.#unlisted.delete(key);
    this.#details.delete(key);
    if (existed && this.#ovocServices) {
      for (const [id, service] of this.#ovocServices) if (service.umpId === key) this.#ovocServices.delete(id);
    }
    return existed;
  }

  /** Adds a Hosted Essentials customer with its one site location, as the create call documents. */
  createEssentialsCustomer(request: CreateCustomerRequest): CreateCustomerResponse {
    const guid = crypto.randomUUID();
    const siteId = crypto.randomUUID();
    // An SBC id the platform does not know fails the deployment; the customer still exists, as in UMP.
    const failed = request.siteLocation.sbcId >= 900;
    const brief: ListedBrief = {
      umpCustomerGuid: guid,
      customerShortName: request.shortName,
      customerFullName: request.fullName ?? request.shortName,
      licenseType: 0,
      licensedUsersCount: null,
      msTenantId: request.msTenantId,
      activeUserCount: 0,
      liveHubActiveUsersCount: null,
      liveHubSimpleUsersCount: null,
    };
    this.#briefs.set(guid, brief);
    this.#siteScripts.set(siteId, {
      onboardingScript: request.siteLocation.sbcOnboardingScript,
      cleanupScript: request.siteLocation.sbcCleanupScript,
      parameters: Object.fromEntries(Object.entries(request.scriptParameters ?? {}).flatMap(([k, v]) => (typeof v === 'string' ? [[k, v]] : []))),
    });
    this.#details.set(guid, {
      ...brief,
      siteLocation: [{
        id: siteId,
        name: request.shortName,
        sbcId: request.siteLocation.sbcId,
        sbcDeploymentState: failed ? 'Failed' : 'Deployed',
        sbcConfigurationType: 'SipTrunk',
      }],
      msDefaultDomain: null,
      applicationClientId: null,
      applicationClientSecret: null,
      clientSecretExpirationDate: null,
    });
    const steps: Array<[string, string]> = [
      ['Information', 'MsTenantid is valid'],
      ['Information', 'Customer data created!'],
      failed
        ? ['Error', `SBC ${request.siteLocation.sbcId} is not registered in Live Platform (OVOC)`]
        : ['Information', `SBC sbc-onboarding done for site ${request.shortName}.`],
      ...(failed ? [] : ([['Information', 'CreateSiteInOvoc started.'], ['Information', 'Site created in Ovoc']] as Array<[string, string]>)),
    ];
    const response: CreateCustomerResponse = {
      id: guid,
      customerId: request.shortName,
      siteLocationIds: [siteId],
      deploymentState: failed ? 'Failed' : 'Deployed',
      errorDetails: failed ? `SBC ${request.siteLocation.sbcId} is not registered in Live Platform (OVOC); the site was not deployed.` : null,
      progressDetails: steps.map(([level, message]) => `(${level}, ${message})`).join(';'),
    };
    const createTime = new Date().toISOString();
    this.#tasks.set(guid, {
      polls: 0,
      task: {
        id: guid,
        status: 'InProgress',
        executionMessages: steps.map(([level, message]) => ({ level, message })),
        outputData: { umpCustomerGuid: guid, siteLocationIds: [siteId] },
        createTime,
        completeTime: null,
      },
    });
    const services = this.#services();
    const template = fixtures.ovocServices.services[1];
    if (template) {
      const service = { ...generateOvocService(brief, this.#nextServiceId(), template), status: 'UNMONITORED' };
      services.set(service.id ?? 0, service);
      this.#createdServices.push(service);
    }
    return response;
  }

  /** Each read moves the task on: InProgress, then CompletedSuccess (or CompletedWithErrors). */
  readTask(id: string): Task | undefined {
    const entry = this.#tasks.get(id.toLowerCase());
    if (!entry) return undefined;
    entry.polls += 1;
    if (entry.polls > TASK_POLLS_BEFORE_DONE && entry.task.completeTime === null) {
      const failed = entry.task.executionMessages?.some((m) => m.level === 'Error') ?? false;
      entry.task = { ...entry.task, status: failed ? 'CompletedWithErrors' : 'CompletedSuccess', completeTime: new Date().toISOString() };
    }
    return entry.task;
  }

  listOvocServices(): OvocService[] {
    return [...this.#services().values()];
  }

  getOvocService(id: number): OvocService | undefined {
    return this.#services().get(id);
  }

  /** Test knob: what a support engineer would see change on the next refresh. */
  setOvocServiceStatus(id: number, status: string): boolean {
    const service = this.#services().get(id);
    if (!service) return false;
    this.#services().set(id, { ...service, status });
    return true;
  }

  getOvocCustomer(id: number): OvocCustomer | undefined {
    const known = this.#ovocCustomers.get(id);
    if (known) return known;
    const attached = this.listOvocServices().filter((s) => s.lcCustomerId === id);
    if (attached.length === 0) return undefined;
    const customer = generateOvocCustomer(id, attached, fixtures.ovocCustomer);
    this.#ovocCustomers.set(id, customer);
    return customer;
  }

  #nextServiceId(): number {
    let max = 0;
    for (const id of this.#services().keys()) max = Math.max(max, id);
    return max + 2;
  }

  /** Built on first use: at 50,000 customers nobody pays for OVOC data they never ask for. */
  #services(): Map<number, OvocService> {
    if (this.#ovocServices) return this.#ovocServices;
    const services = new Map<number, OvocService>();
    for (const service of fixtures.ovocServices.services) services.set(service.id ?? 0, service);
    const template = fixtures.ovocServices.services[1];
    if (template) {
      let id = 200_000;
      for (const brief of this.#briefs.values()) {
        services.set(id, generateOvocService(brief, id, template));
        id += 2;
      }
    }
    this.#ovocServices = services;
    return services;
  }
}

export function createStore(options: StoreOptions = {}): SimStore {
  return new SimStore(options);
}

export interface SimEnvironment {
  store: SimStore;
  latencyMs: number;
}

function readCount(env: Record<string, string | undefined>, name: string, max: number): number | undefined {
  const raw = env[name];
  if (raw === undefined || raw === '') return undefined;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0 || value > max) throw new Error(`${name} must be a whole number from 0 to ${max}, got "${raw}"`);
  return value;
}

/** SIM_CUSTOMERS (list size), SIM_LATENCY_MS (delay on every call), SIM_FAULTS (see parseFaultSpec), SIM_SHAPES (see shapes.ts). */
export function simStoreFromEnv(env: Record<string, string | undefined>): SimEnvironment {
  const customers = readCount(env, 'SIM_CUSTOMERS', 500_000);
  const shapes = parseShapes(env.SIM_SHAPES ?? '');
  const store = createStore({ ...(customers === undefined ? {} : { customers }), shapes });
  for (const { route, ...fault } of parseFaultSpec(env.SIM_FAULTS ?? '')) store.faults.set(route, fault);
  return { store, latencyMs: readCount(env, 'SIM_LATENCY_MS', 120_000) ?? 0 };
}
