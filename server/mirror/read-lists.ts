import { randomUUID } from 'node:crypto';
import * as z from 'zod/mini';
import { foldKey, isPlainObject, ovocServiceSchema, readRows, serviceBriefSchema, snapshotMetaSchema, UNREADABLE_KEPT, type OvocService, type ServiceBrief, type SnapshotMeta } from '../../src/api/schemas';
import { boundedValue } from '../../src/domain/as-sent';
import { UpstreamError, type Upstream } from '../upstream/upstream';

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

/** The two lists' bodies as received, each in an ArrayBuffer of its own (so they can be moved to the poll's worker). */
export interface ListBodies {
  customers: Uint8Array;
  services: Uint8Array;
}

/** One copy into a fresh buffer: Buffer.concat may hand back a slice of Node's shared pool, which must not be transferred. */
function ownBuffer(chunks: readonly Uint8Array[]): Uint8Array {
  const body = new Uint8Array(chunks.reduce((size, chunk) => size + chunk.byteLength, 0));
  let at = 0;
  for (const chunk of chunks) {
    body.set(chunk, at);
    at += chunk.byteLength;
  }
  return body;
}

async function call(upstream: Upstream, path: string) {
  return upstream({ method: 'GET', pathAndQuery: path, headers: { accept: 'application/json' }, body: undefined, requestId: `mirror-${randomUUID()}` });
}

async function getBody(upstream: Upstream, path: string, what: string): Promise<Uint8Array> {
  let response;
  try {
    try {
      response = await call(upstream, path);
    } catch (error) {
      // A read sent on a kept-alive connection the Live Platform had closed meanwhile fails before any
      // answer ("connection closed"): the pool cannot see the close while this process is busy. A GET
      // is safe to repeat, so the list is asked for once more (on a new connection).
      if (!(error instanceof UpstreamError) || error.failure !== 'unreachable') throw error;
      response = await call(upstream, path);
    }
  } catch (error) {
    throw new ReadError(`${what}: ${error instanceof Error ? error.message : 'the call failed'}`);
  }
  const chunks: Uint8Array[] = [];
  try {
    for await (const chunk of response.body) chunks.push(chunk instanceof Uint8Array ? chunk : Buffer.from(String(chunk)));
  } catch (error) {
    throw new ReadError(`${what}: ${error instanceof Error ? error.message : 'the answer broke off'}`);
  }
  if (response.status < 200 || response.status > 299) throw new ReadError(`${what}: the Live Platform answered ${response.status}`);
  return ownBuffer(chunks);
}

function parseJson(body: Uint8Array, what: string): unknown {
  try {
    return JSON.parse(new TextDecoder().decode(body));
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

/** The network part of a read: both bodies, on the server's event loop (it only waits). */
export async function readBodies(upstream: Upstream): Promise<ListBodies> {
  const [customers, services] = await Promise.all([
    getBody(upstream, CUSTOMERS_PATH, 'customers list'),
    getBody(upstream, OVOC_SERVICES_PATH, 'OVOC services list'),
  ]);
  return { customers, services };
}

/** The CPU part of a read (JSON and the schemas, row by row); runs in the poll's worker. */
export function parseLists(bodies: ListBodies): Lists {
  const customersJson = parseJson(bodies.customers, 'customers list');
  const servicesJson = parseJson(bodies.services, 'OVOC services list');
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
