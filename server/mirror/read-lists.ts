import { randomUUID } from 'node:crypto';
import * as z from 'zod/mini';
import { foldKey, isPlainObject, ovocServiceSchema, readRows, serviceBriefSchema, snapshotMetaSchema, UNREADABLE_KEPT, type OvocService, type ServiceBrief, type SnapshotMeta } from '../../src/api/schemas';
import { boundedValue } from '../../src/domain/as-sent';
import type { Upstream } from '../upstream/upstream';

/**
 * One read of the two lists the mirror watches, through the same upstream as the pass-through
 * (token, timeout, demo simulator) and parsed with the browser's schemas, row by row: a row that
 * does not fit is left out and counted; only a wrong top-level shape or a failed call fails the read.
 */

export type UnreadableLists = SnapshotMeta['unreadableRows'];

export const CUSTOMERS_PATH = '/api/v3/customer';
export const OVOC_SERVICES_PATH = '/api/ovoc/v1/topology/services/';

export interface Lists {
  customers: ServiceBrief[];
  services: OvocService[];
  skipped: { customers: number; ovocServices: number };
  /** The first skipped rows of each list, as the pages show them. */
  unreadable: UnreadableLists;
  /** One line per skipped row (first few), for the log. */
  problems: string[];
}

/** The read failed; `message` is safe to show (no URL, header or token). */
export class ReadError extends Error {}

const MAX_PROBLEMS = 5;

async function getJson(upstream: Upstream, path: string, what: string): Promise<unknown> {
  let response;
  try {
    response = await upstream({ method: 'GET', pathAndQuery: path, headers: { accept: 'application/json' }, body: undefined, requestId: `mirror-${randomUUID()}` });
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

function readList<S extends Parameters<typeof readRows>[0]>(schema: S, rows: readonly unknown[], what: string, problems: string[]) {
  const read = readRows(schema, rows);
  for (const row of read.unreadable.slice(0, Math.max(0, MAX_PROBLEMS - problems.length))) {
    // The log names the position and field, never the value.
    problems.push(`${what} row ${row.index}: ${row.path === '' ? 'the whole row' : row.path}`);
  }
  const kept = read.unreadable.slice(0, UNREADABLE_KEPT).map((row) => ({ ...row, value: boundedValue(row.value) }));
  return { good: read.rows, skipped: read.unreadable.length, kept };
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
  const customers = readList(serviceBriefSchema, customersJson, 'customers', problems);
  const services = readList(ovocServiceSchema, servicesList, 'OVOC services', problems);
  return {
    customers: customers.good,
    services: services.good,
    skipped: { customers: customers.skipped, ovocServices: services.skipped },
    unreadable: { customers: customers.kept, ovocServices: services.kept },
    problems,
  };
}

const NO_UNREADABLE: UnreadableLists = { customers: [], ovocServices: [] };

/** The stored details back (our own JSON; anything else, e.g. a row written before they were kept, reads as none). */
export function readUnreadable(json: string): UnreadableLists {
  try {
    const parsed = z.safeParse(snapshotMetaSchema.shape.unreadableRows, JSON.parse(json));
    return parsed.success ? parsed.data : NO_UNREADABLE;
  } catch {
    return NO_UNREADABLE;
  }
}
