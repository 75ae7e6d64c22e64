import { TRACKED_FIELDS, type Since, type TrackedField } from '../../src/api/schemas';
import type { LatestStatus, NewChange } from '../store/queries';

/**
 * What the poller remembers between reads: each service's tracked statuses and since when they
 * have their value. Loaded from the store's history when an instance becomes the poller, so a
 * takeover continues the same history. `diff` proposes the changes of a read; `apply` takes them
 * once the store has them.
 */

interface Entry {
  value: string | null;
  at: Date;
  firstSeen: boolean;
}

export type TrackedValues = Record<TrackedField, string | null>;

export interface ObservedService {
  key: string;
  name: string | null;
  values: TrackedValues;
}

export class StatusBook {
  private readonly entries = new Map<string, Map<string, Entry>>();

  static from(latest: readonly LatestStatus[]): StatusBook {
    const book = new StatusBook();
    for (const row of latest) book.set(row.serviceKey, row.field, { value: row.value, at: row.at, firstSeen: row.firstSeen });
    return book;
  }

  get size(): number {
    return this.entries.size;
  }

  private set(key: string, field: string, entry: Entry): void {
    let fields = this.entries.get(key);
    if (!fields) {
      fields = new Map();
      this.entries.set(key, fields);
    }
    fields.set(field, entry);
  }

  /**
   * The changes that turn the book into what was read: a service never seen gets a first sighting
   * of each status it sends; a known one a change per status that differs; one no longer sent a
   * change to null for each status it had.
   */
  diff(observed: readonly ObservedService[]): NewChange[] {
    const changes: NewChange[] = [];
    const present = new Set<string>();
    for (const service of observed) {
      present.add(service.key);
      const known = this.entries.get(service.key);
      for (const field of TRACKED_FIELDS) {
        const value = service.values[field];
        if (!known) {
          if (value !== null) changes.push({ serviceKey: service.key, name: service.name, field, from: null, to: value, firstSeen: true });
          continue;
        }
        const previous = known.get(field)?.value ?? null;
        if (previous !== value) changes.push({ serviceKey: service.key, name: service.name, field, from: previous, to: value, firstSeen: false });
      }
    }
    for (const [key, fields] of this.entries) {
      if (present.has(key)) continue;
      for (const [field, entry] of fields) {
        if (entry.value !== null) changes.push({ serviceKey: key, name: null, field, from: entry.value, to: null, firstSeen: false });
      }
    }
    return changes;
  }

  apply(changes: readonly NewChange[], at: Date): void {
    for (const change of changes) this.set(change.serviceKey, change.field, { value: change.to, at, firstSeen: change.firstSeen });
  }

  since(key: string, field: TrackedField): Since | null {
    const entry = this.entries.get(key)?.get(field);
    return entry ? { at: entry.at.toISOString(), atLeast: entry.firstSeen } : null;
  }
}
