import { foldKey, isPlainObject, ovocServiceSchema, serviceBriefSchema, type OvocService, type ServiceBrief } from '../../src/api/schemas';
import type { Upstream } from '../upstream/upstream';

/**
 * One read of the two lists the mirror watches, through the same upstream as the pass-through
 * (token, timeout, demo simulator) and parsed with the browser's schemas, row by row: a row that
 * does not fit is left out and counted; only a wrong top-level shape or a failed call fails the read.
 */

export const CUSTOMERS_PATH = '/api/v3/customer';
export const OVOC_SERVICES_PATH = '/api/ovoc/v1/topology/services/';

export interface Lists {
  customers: ServiceBrief[];
  services: OvocService[];
  skipped: { customers: number; ovocServices: number };
  /** One line per skipped row (first few), for the log. */
  problems: string[];
}

/** The read failed; `message` is safe to show (no URL, header or token). */
export class ReadError extends Error {}

const MAX_PROBLEMS = 5;

async function getJson(upstream: Upstream, path: string, what: string): Promise<unknown> {
  let response;
  try {
    response = await upstream({ method: 'GET', pathAndQuery: path, headers: { accept: 'application/json' }, body: undefined });
  } catch (error) {
    throw new ReadError(`${what}: ${error instanceof Error ? error.message : 'the call failed'}`);
  }
  const chunks: Buffer[] = [];
  try {
    for await (const chunk of response.body) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as Uint8Array));
  } catch (error) {
    throw new ReadError(`${what}: ${error instanceof Error ? error.message : 'the answer broke off'}`);
  }
  if (response.status < 200 || response.status > 299) throw new ReadError(`${what}: the Live Platform answered ${response.status}`);
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw new ReadError(`${what}: the answer is not JSON`);
  }
}

function readRows<T>(rows: readonly unknown[], parse: (row: unknown) => { success: true; data: T } | { success: false; error: { issues: ReadonlyArray<{ path: PropertyKey[]; message: string }> } }, what: string, problems: string[]) {
  const good: T[] = [];
  let skipped = 0;
  rows.forEach((row, index) => {
    const result = parse(row);
    if (result.success) {
      good.push(result.data);
      return;
    }
    skipped += 1;
    const issue = result.error.issues[0];
    if (problems.length < MAX_PROBLEMS) problems.push(`${what} row ${index}: ${issue ? `${issue.path.map(String).join('.')} ${issue.message}` : 'invalid'}`);
  });
  return { good, skipped };
}

export async function readLists(upstream: Upstream): Promise<Lists> {
  const [customersJson, servicesJson] = await Promise.all([
    getJson(upstream, CUSTOMERS_PATH, 'customers list'),
    getJson(upstream, OVOC_SERVICES_PATH, 'OVOC services list'),
  ]);
  if (!Array.isArray(customersJson)) throw new ReadError('customers list: the answer is not a list');
  // Any casing of "services", as the browser's tolerant reader accepts.
  const servicesList: unknown = isPlainObject(servicesJson) ? Object.entries(servicesJson).find(([key]) => foldKey(key) === 'services')?.[1] : undefined;
  if (!Array.isArray(servicesList)) throw new ReadError('OVOC services list: the answer has no services list');
  const problems: string[] = [];
  const customers = readRows(customersJson, (row) => serviceBriefSchema.safeParse(row), 'customers', problems);
  const services = readRows(servicesList, (row) => ovocServiceSchema.safeParse(row), 'OVOC services', problems);
  return { customers: customers.good, services: services.good, skipped: { customers: customers.skipped, ovocServices: services.skipped }, problems };
}
