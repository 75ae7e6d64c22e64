import type { StatusChange, TrackedField } from '../../src/api/schemas';
import type { StoredChange } from '../store/queries';

/** A stored status change as the console API and the live stream send it. */
export function toStatusChange(change: StoredChange): StatusChange {
  return {
    key: change.serviceKey,
    name: change.name,
    field: change.field as TrackedField,
    from: change.from,
    to: change.to,
    at: change.at.toISOString(),
    firstSeen: change.firstSeen,
    version: change.version,
  };
}
