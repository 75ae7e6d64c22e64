import { randomUUID } from 'node:crypto';
/**
 * The SIP connections of every customer, for the wizard's SBC suggestions. Today it reads
 * GET /api/v3/customer?allDetails=true through the upstream itself, at most once per
 * CONSOLE_SITES_POLL_MINUTES (on demand, not on a timer); the mirror (another room, later) reads that
 * list on its slower poll and can hand its snapshot in as a SitesSource instead.
 */
import * as z from 'zod/mini';
import { nullableRowList, rowList } from '../../src/api/schemas/rows';
import { siteLocationSchema } from '../../src/api/schemas/customer-details';
import { tolerantObject } from '../../src/api/schemas/tolerant';
import type { Upstream } from '../upstream/upstream';

export interface SitesSnapshot {
  /** ISO time of the read. */
  readAt: string;
  /** One entry per SIP connection: the SBC it runs on (null when not sent). */
  sites: Array<{ sbcId: number | null }>;
  /** Customer rows that could not be read (their connections are not counted). */
  unreadableRows: number;
}

export type SitesSource = () => Promise<SitesSnapshot>;

const customerWithSitesSchema = tolerantObject({ siteLocation: nullableRowList(siteLocationSchema) });
const listSchema = rowList(customerWithSitesSchema);

export class SitesUnavailableError extends Error {}

async function readList(upstream: Upstream): Promise<SitesSnapshot> {
  const answer = await upstream({ method: 'GET', pathAndQuery: '/api/v3/customer?allDetails=true', headers: { accept: 'application/json' }, body: undefined, requestId: `suggestions-${randomUUID()}` });
  const chunks: Buffer[] = [];
  for await (const chunk of answer.body) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as Uint8Array));
  if (answer.status < 200 || answer.status >= 300) throw new SitesUnavailableError(`Live Platform answered ${answer.status}`);
  let json: unknown;
  try {
    json = JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw new SitesUnavailableError('Live Platform sent a customer list that is not JSON');
  }
  const parsed = z.safeParse(listSchema, json);
  if (!parsed.success) throw new SitesUnavailableError('Live Platform sent a customer list of an unexpected shape');
  const sites = parsed.data.rows.flatMap((row) => row.siteLocation ?? []).map((site) => ({ sbcId: site.sbcId }));
  return { readAt: new Date().toISOString(), sites, unreadableRows: parsed.data.unreadable.length };
}

/** Cached for `minutes`; concurrent callers share one read; a failed read is not cached. */
export function createUpstreamSitesSource(upstream: Upstream, minutes: number, now: () => number = Date.now): SitesSource {
  let cached: { at: number; snapshot: SitesSnapshot } | null = null;
  let pending: Promise<SitesSnapshot> | null = null;
  return async () => {
    if (cached && now() - cached.at < minutes * 60_000) return cached.snapshot;
    pending ??= readList(upstream)
      .then((snapshot) => {
        cached = { at: now(), snapshot };
        return snapshot;
      })
      .finally(() => {
        pending = null;
      });
    return pending;
  };
}
