import { sql, type Kysely } from 'kysely';
import type { Database } from './tables';

/** Every query the mirror and the console routes make, typed by Kysely; the same SQL on both engines. */

type Db = Kysely<Database>;

export interface SnapshotHead {
  version: number;
  takenAt: Date;
  contentHash: string;
  skippedCustomers: number;
  skippedOvoc: number;
}

/** A snapshot row to write: the bodies are JSON, served as they are. */
export interface NewSnapshot {
  takenAt: Date;
  contentHash: string;
  services: string;
  health: string;
  skippedCustomers: number;
  skippedOvoc: number;
  unreadable: string;
}

export interface NewChange {
  serviceKey: string;
  name: string | null;
  field: string;
  from: string | null;
  to: string | null;
  firstSeen: boolean;
}

export interface StoredChange extends NewChange {
  at: Date;
  version: number;
}

export interface MirrorState {
  checkedAt: Date | null;
  staleSince: Date | null;
  staleReason: string | null;
  refreshRequestedAt: Date | null;
}

export async function snapshotHead(db: Db): Promise<SnapshotHead | null> {
  const row = await db
    .selectFrom('snapshot')
    .select(['version', 'taken_at', 'content_hash', 'skipped_customers', 'skipped_ovoc'])
    .orderBy('version', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row
    ? { version: row.version, takenAt: row.taken_at, contentHash: row.content_hash, skippedCustomers: row.skipped_customers, skippedOvoc: row.skipped_ovoc }
    : null;
}

export async function snapshotBodies(db: Db, version: number): Promise<{ services: string; health: string; unreadable: string } | null> {
  const row = await db.selectFrom('snapshot').select(['services', 'health', 'unreadable']).where('version', '=', version).executeTakeFirst();
  return row ?? null;
}

export async function mirrorState(db: Db): Promise<MirrorState> {
  const row = await db.selectFrom('mirror_state').selectAll().where('id', '=', 1).executeTakeFirstOrThrow();
  return { checkedAt: row.checked_at, staleSince: row.stale_since, staleReason: row.stale_reason, refreshRequestedAt: row.refresh_requested_at };
}

/** Rows per INSERT: 9 parameters each, well under PostgreSQL's 65,535 per statement. */
const CHUNK = 5_000;

/** A new version with its changes, in one transaction; returns the version. */
export async function writeSnapshot(
  db: Db,
  snapshot: NewSnapshot,
  changes: readonly NewChange[],
  keepVersions = 3,
): Promise<number> {
  return db.transaction().execute(async (tx) => {
    const head = await tx.selectFrom('snapshot').select((eb) => eb.fn.max('version').as('version')).executeTakeFirst();
    const version = (head?.version ?? 0) + 1;
    await tx
      .insertInto('snapshot')
      .values({
        version,
        taken_at: snapshot.takenAt,
        content_hash: snapshot.contentHash,
        services: snapshot.services,
        health: snapshot.health,
        skipped_customers: snapshot.skippedCustomers,
        skipped_ovoc: snapshot.skippedOvoc,
        unreadable: snapshot.unreadable,
      })
      .execute();
    for (let at = 0; at < changes.length; at += CHUNK) {
      const rows = changes.slice(at, at + CHUNK).map((change) => ({
        service_key: change.serviceKey,
        name: change.name,
        field: change.field,
        from_value: change.from,
        to_value: change.to,
        at: snapshot.takenAt,
        first_seen: change.firstSeen,
        version,
      }));
      await tx.insertInto('status_change').values(rows).execute();
    }
    // Old bodies are only needed by an instance that has not yet loaded the newest one.
    await tx.deleteFrom('snapshot').where('version', '<=', version - keepVersions).execute();
    await tx.updateTable('mirror_state').set({ checked_at: snapshot.takenAt, stale_since: null, stale_reason: null }).where('id', '=', 1).execute();
    return version;
  });
}

/** A read that found nothing new. */
export async function markChecked(db: Db, at: Date): Promise<void> {
  await db.updateTable('mirror_state').set({ checked_at: at, stale_since: null, stale_reason: null }).where('id', '=', 1).execute();
}

/** A read that failed: keeps the first failure's time, updates the reason. */
export async function markStale(db: Db, at: Date, reason: string): Promise<void> {
  await db
    .updateTable('mirror_state')
    .set({ stale_since: sql<Date>`coalesce(stale_since, ${at})`, stale_reason: reason })
    .where('id', '=', 1)
    .execute();
}

export interface LatestStatus {
  serviceKey: string;
  field: string;
  value: string | null;
  at: Date;
  firstSeen: boolean;
}

/** The current value of every (service, field) and since when: the latest change of each. */
export async function latestStatuses(db: Db): Promise<LatestStatus[]> {
  const result = await sql<{ service_key: string; field: string; to_value: string | null; at: Date; first_seen: boolean }>`
    select distinct on (service_key, field) service_key, field, to_value, at, first_seen
    from status_change order by service_key, field, at desc, id desc`.execute(db);
  return result.rows.map((row) => ({ serviceKey: row.service_key, field: row.field, value: row.to_value, at: row.at, firstSeen: row.first_seen }));
}

const changeColumns = ['service_key', 'name', 'field', 'from_value', 'to_value', 'at', 'first_seen', 'version'] as const;

function toChange(row: { service_key: string; name: string | null; field: string; from_value: string | null; to_value: string | null; at: Date; first_seen: boolean; version: number }): StoredChange {
  return {
    serviceKey: row.service_key,
    name: row.name,
    field: row.field,
    from: row.from_value,
    to: row.to_value,
    at: row.at,
    firstSeen: row.first_seen,
    version: row.version,
  };
}

/** Real changes (not first sightings) of versions after `after` up to `upTo`, at most `limit`. */
export async function changesOfVersions(db: Db, after: number, upTo: number, limit: number): Promise<StoredChange[]> {
  const rows = await db
    .selectFrom('status_change')
    .select(changeColumns)
    .where('version', '>', after)
    .where('version', '<=', upTo)
    .where('first_seen', '=', false)
    .orderBy('id')
    .limit(limit)
    .execute();
  return rows.map(toChange);
}

export async function changesOfServices(db: Db, keys: readonly string[], since: Date): Promise<StoredChange[]> {
  if (keys.length === 0) return [];
  const rows = await db
    .selectFrom('status_change')
    .select(changeColumns)
    .where('service_key', 'in', keys)
    .where('at', '>=', since)
    .orderBy('at')
    .orderBy('id')
    .execute();
  return rows.map(toChange);
}

export async function serviceSeen(db: Db, key: string): Promise<boolean> {
  const row = await db.selectFrom('status_change').select('id').where('service_key', '=', key).limit(1).executeTakeFirst();
  return row !== undefined;
}

export async function recentChanges(db: Db, since: Date, limit: number): Promise<StoredChange[]> {
  const rows = await db
    .selectFrom('status_change')
    .select(changeColumns)
    .where('at', '>=', since)
    .where('first_seen', '=', false)
    .orderBy('at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
  return rows.map(toChange);
}

/** Deletes history older than `before`, except the latest change of each (service, field): it is the current "since". */
export async function pruneHistory(db: Db, before: Date): Promise<number> {
  const result = await sql`
    delete from status_change c where c.at < ${before}
    and exists (select 1 from status_change n where n.service_key = c.service_key and n.field = c.field and (n.at > c.at or (n.at = c.at and n.id > c.id)))`.execute(db);
  return Number(result.numAffectedRows ?? 0n);
}

/**
 * Asks the poller for a read now. Unforced (the Refresh button): at most one per `minGapSeconds`
 * for everyone, decided atomically in the store so every instance counts the same requests.
 */
export async function requestRefresh(db: Db, options: { force: boolean; minGapSeconds: number }): Promise<{ accepted: boolean; retryAfterSeconds: number }> {
  if (options.force) {
    await db.updateTable('mirror_state').set({ refresh_requested_at: sql<Date>`now()` }).where('id', '=', 1).execute();
    return { accepted: true, retryAfterSeconds: 0 };
  }
  const gap = sql.lit(`${options.minGapSeconds} seconds`);
  const updated = await db
    .updateTable('mirror_state')
    .set({ refresh_requested_at: sql<Date>`now()`, refresh_allowed_at: sql<Date>`now()` })
    .where('id', '=', 1)
    .where((eb) => eb.or([eb('refresh_allowed_at', 'is', null), eb('refresh_allowed_at', '<=', sql<Date>`now() - ${gap}::interval`)]))
    .returning('id')
    .executeTakeFirst();
  if (updated) return { accepted: true, retryAfterSeconds: options.minGapSeconds };
  const left = await sql<{ seconds: number }>`
    select greatest(0, ceil(extract(epoch from (refresh_allowed_at + ${gap}::interval - now()))))::integer as seconds
    from mirror_state where id = 1`.execute(db);
  return { accepted: false, retryAfterSeconds: left.rows[0]?.seconds ?? options.minGapSeconds };
}
