import { createHash } from 'node:crypto';
import { encodeHealthRow } from '../../src/api/schemas/health-wire';
import type { NewChange, NewSnapshot } from '../store/queries';
import type { Upstream } from '../upstream/upstream';
import type { MirrorLog } from './mirror';
import { observe, project, serviceKeys, type SinceOf } from './project';
import { readLists } from './read-lists';
import type { StatusBook } from './status-book';

/**
 * One read of the Live Platform made into a snapshot row and the status changes since the book's
 * picture; writing them (or not, when nothing changed) is the mirror's decision.
 */
export async function takeSnapshot(upstream: Upstream, book: StatusBook, started: Date, log: MirrorLog): Promise<{ snapshot: NewSnapshot; changes: NewChange[]; rows: PollCounts }> {
  const lists = await readLists(upstream);
  if (lists.problems.length > 0) log.warn({ skipped: lists.skipped, problems: lists.problems }, 'mirror: rows left out');
  const keys = serviceKeys(lists.services);
  const changes = book.diff(observe(lists.services, keys));
  const projection = project(lists, keys, sinceWith(book, changes, started));
  const services = JSON.stringify(projection.services);
  // The compact wire form (health-wire.ts), stored as served.
  const health = JSON.stringify(projection.health.map(encodeHealthRow));
  const unreadable = JSON.stringify(lists.unreadable);
  const contentHash = createHash('sha1').update(services).update('\n').update(health).update(JSON.stringify(lists.skipped)).update(unreadable).digest('hex');
  return {
    snapshot: { takenAt: started, contentHash, services, health, skippedCustomers: lists.skipped.customers, skippedOvoc: lists.skipped.ovocServices, unreadable },
    changes,
    rows: { customers: lists.customers.length, ovocServices: lists.services.length },
  };
}

/** Rows read per list. */
export interface PollCounts {
  customers: number;
  ovocServices: number;
}

/** "Since" as it will be once this read's changes are stored. */
function sinceWith(book: StatusBook, changes: readonly NewChange[], at: Date): SinceOf {
  const changed = new Map<string, NewChange>();
  for (const change of changes) changed.set(`${change.serviceKey}\u0000${change.field}`, change);
  const iso = at.toISOString();
  return (key, field) => {
    const change = changed.get(`${key}\u0000${field}`);
    if (change) return { at: iso, atLeast: change.firstSeen };
    return book.since(key, field);
  };
}
