import type { Generated } from 'kysely';

/** The store's tables as Kysely sees them (migrations.ts creates them). */

export interface SnapshotTable {
  version: number;
  taken_at: Date;
  content_hash: string;
  /** JSON of ConsoleServiceRow[] (src/api/schemas/console-snapshot.ts), kept as text: it is only ever served whole. */
  services: string;
  /** JSON of HealthServiceRow[]. */
  health: string;
  skipped_customers: number;
  skipped_ovoc: number;
  /** JSON of SnapshotMeta['unreadableRows']: the first rows left out, for the pages' details. */
  unreadable: Generated<string>;
}

/** One row (id 1): what every instance must know about the poller. */
export interface MirrorStateTable {
  id: number;
  checked_at: Date | null;
  stale_since: Date | null;
  stale_reason: string | null;
  /** Set by anyone asking for a read now; the poller reads when it is newer than its last start. */
  refresh_requested_at: Date | null;
  /** The last Refresh request that was let through (one per 10 s for everyone). */
  refresh_allowed_at: Date | null;
}

export interface StatusChangeTable {
  id: Generated<number>;
  service_key: string;
  name: string | null;
  field: string;
  from_value: string | null;
  to_value: string | null;
  at: Date;
  first_seen: boolean;
  version: number;
}

export interface Database {
  snapshot: SnapshotTable;
  mirror_state: MirrorStateTable;
  status_change: StatusChangeTable;
}
