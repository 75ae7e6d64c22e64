import { createHash } from 'node:crypto';
import { encodeHealthRow } from '../../src/api/schemas/health-wire';
import { encodeServiceRows } from '../../src/api/schemas/services-wire';
import type { NewChange, NewSnapshot } from '../store/queries';
import { observe, project, serviceKeys, type SinceOf } from './project';
import { parseLists, type ListBodies } from './read-lists';
import type { StatusBook } from './status-book';

/**
 * One read of the Live Platform made into a snapshot row and the status changes since the book's
 * picture; writing them (or not, when nothing changed) is the mirror's decision. All CPU, no I/O:
 * it runs in the poll's worker (poll-worker.ts), where the book lives.
 */
export interface TakenSnapshot {
  snapshot: NewSnapshot;
  changes: NewChange[];
  rows: PollCounts;
  /** Rows left out per list, and one line per skipped row (first few) for the log. */
  skipped: PollCounts;
  problems: string[];
}

export function takeSnapshot(bodies: ListBodies, book: StatusBook, started: Date): TakenSnapshot {
  const lists = parseLists(bodies);
  const keys = serviceKeys(lists.services);
  const changes = book.diff(observe(lists.services, keys));
  const projection = project(lists, keys, sinceWith(book, changes, started));
  // The compact wire forms (services-wire.ts, health-wire.ts), stored as served.
  const services = JSON.stringify(encodeServiceRows(projection.services));
  const health = JSON.stringify(projection.health.map(encodeHealthRow));
  const unreadable = JSON.stringify(lists.unreadable);
  const contentHash = createHash('sha1').update(services).update('\n').update(health).update(JSON.stringify(lists.skipped)).update(unreadable).digest('hex');
  return {
    snapshot: { takenAt: started, contentHash, services, health, skippedCustomers: lists.skipped.customers, skippedOvoc: lists.skipped.ovocServices, unreadable },
    changes,
    rows: { customers: lists.customers.length, ovocServices: lists.services.length },
    skipped: lists.skipped,
    problems: lists.problems,
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
