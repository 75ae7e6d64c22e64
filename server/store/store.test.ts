// @vitest-environment node
import { sql } from 'kysely';
import { ENGINES, emptyStore, OPEN_TIMEOUT_MS, openTestStore, TEST_DATABASE_URL } from './engines';
import {
  changesOfServices,
  changesOfVersions,
  latestStatuses,
  markChecked,
  markStale,
  mirrorState,
  pruneHistory,
  recentChanges,
  requestRefresh,
  snapshotBodies,
  snapshotHead,
  writeSnapshot,
  type NewChange,
} from './queries';
import { migrationProvider } from './migrations';
import { openStore, StoreError, type Store } from './store';

const at = (iso: string) => new Date(iso);
const body = (n: number) => ({ takenAt: at(`2026-01-0${n}T10:00:00Z`), contentHash: `h${n}`, services: `[${n}]`, health: `[${n}0]`, skippedCustomers: n, skippedOvoc: 0 });
const change = (serviceKey: string, field: string, from: string | null, to: string | null, firstSeen = false): NewChange => ({ serviceKey, name: `svc ${serviceKey}`, field, from, to, firstSeen });

describe.each(ENGINES)('store on %s', (engine) => {
  let store: Store;

  beforeAll(async () => {
    store = await openTestStore(engine);
  }, OPEN_TIMEOUT_MS);
  afterAll(async () => {
    await store?.close();
  });
  beforeEach(async () => {
    await emptyStore(store);
  });

  it('numbers snapshots 1, 2, 3 and keeps only the newest bodies', async () => {
    expect(await snapshotHead(store.db)).toBeNull();
    for (const n of [1, 2, 3, 4]) expect(await writeSnapshot(store.db, body(n), [], 2)).toBe(n);
    const head = await snapshotHead(store.db);
    expect(head).toMatchObject({ version: 4, contentHash: 'h4', skippedCustomers: 4 });
    expect(head?.takenAt.toISOString()).toBe('2026-01-04T10:00:00.000Z');
    expect(await snapshotBodies(store.db, 4)).toEqual({ services: '[4]', health: '[40]' });
    expect(await snapshotBodies(store.db, 3)).not.toBeNull();
    expect(await snapshotBodies(store.db, 2)).toBeNull();
  });

  it('records changes with their version and time, and answers the latest value of each status', async () => {
    await writeSnapshot(store.db, body(1), [change('7', 'status', null, 'OK', true), change('7', 'managementStatus', null, 'OK', true)]);
    await writeSnapshot(store.db, body(2), [change('7', 'status', 'OK', 'ERROR')]);
    const latest = await latestStatuses(store.db);
    expect(latest).toHaveLength(2);
    expect(latest.find((row) => row.field === 'status')).toMatchObject({ serviceKey: '7', value: 'ERROR', firstSeen: false, at: at('2026-01-02T10:00:00Z') });
    expect(latest.find((row) => row.field === 'managementStatus')).toMatchObject({ value: 'OK', firstSeen: true });

    // First sightings are history but not "changes".
    expect(await changesOfVersions(store.db, 0, 2, 10)).toEqual([
      { serviceKey: '7', name: 'svc 7', field: 'status', from: 'OK', to: 'ERROR', firstSeen: false, at: at('2026-01-02T10:00:00Z'), version: 2 },
    ]);
    expect((await changesOfServices(store.db, ['7'], at('2026-01-01T00:00:00Z'))).map((c) => c.to)).toEqual(['OK', 'OK', 'ERROR']);
    expect(await changesOfServices(store.db, ['8'], at('2026-01-01T00:00:00Z'))).toEqual([]);
    expect((await recentChanges(store.db, at('2026-01-01T12:00:00Z'), 10)).map((c) => c.to)).toEqual(['ERROR']);
  });

  it('writes thousands of changes in one snapshot', async () => {
    const many = Array.from({ length: 12_000 }, (_, i) => change(String(i), 'status', null, 'OK', true));
    await writeSnapshot(store.db, body(1), many);
    expect(await latestStatuses(store.db)).toHaveLength(12_000);
  });

  it('prunes old history but keeps the latest change of each status (its "since")', async () => {
    await writeSnapshot(store.db, body(1), [change('1', 'status', null, 'OK', true), change('2', 'status', null, 'OK', true)]);
    await writeSnapshot(store.db, body(3), [change('1', 'status', 'OK', 'ERROR')]);
    expect(await pruneHistory(store.db, at('2026-01-05T00:00:00Z'))).toBe(1);
    const latest = await latestStatuses(store.db);
    expect(latest.map((row) => [row.serviceKey, row.value]).sort()).toEqual([['1', 'ERROR'], ['2', 'OK']]);
  });

  it('keeps the first failure time while the upstream stays down, and clears it on a good read', async () => {
    await markStale(store.db, at('2026-01-01T10:00:00Z'), 'first');
    await markStale(store.db, at('2026-01-01T10:01:00Z'), 'second');
    expect(await mirrorState(store.db)).toMatchObject({ staleSince: at('2026-01-01T10:00:00Z'), staleReason: 'second' });
    await markChecked(store.db, at('2026-01-01T10:02:00Z'));
    expect(await mirrorState(store.db)).toMatchObject({ staleSince: null, staleReason: null, checkedAt: at('2026-01-01T10:02:00Z') });
  });

  it('lets one Refresh through per gap for everyone; a forced one always', async () => {
    expect(await requestRefresh(store.db, { force: false, minGapSeconds: 10 })).toEqual({ accepted: true, retryAfterSeconds: 10 });
    const second = await requestRefresh(store.db, { force: false, minGapSeconds: 10 });
    expect(second.accepted).toBe(false);
    expect(second.retryAfterSeconds).toBeGreaterThan(0);
    expect(second.retryAfterSeconds).toBeLessThanOrEqual(10);
    expect((await requestRefresh(store.db, { force: true, minGapSeconds: 10 })).accepted).toBe(true);
    expect((await mirrorState(store.db)).refreshRequestedAt).toBeInstanceOf(Date);
  });

  it('runs migrations once: a second open of the same database finds them applied', async () => {
    const tables = await sql<{ n: number }>`select count(*)::integer as n from kysely_migration`.execute(store.db);
    expect(tables.rows[0]?.n).toBe(Object.keys(await migrationProvider.getMigrations()).length);
  });
});

describe('store on postgres: the poller lock', () => {
  it('is held by one instance at a time and passes on when released', async () => {
    const a = await openStore({ kind: 'postgres', url: TEST_DATABASE_URL });
    const b = await openStore({ kind: 'postgres', url: TEST_DATABASE_URL });
    try {
      const leaseA = await a.tryLeaderLock();
      expect(leaseA).not.toBeNull();
      expect(await b.tryLeaderLock()).toBeNull();
      await leaseA?.release();
      const leaseB = await b.tryLeaderLock();
      expect(leaseB).not.toBeNull();
      await leaseB?.release();
    } finally {
      await a.close();
      await b.close();
    }
  });

  it('passes on when its holder closes (a dead instance)', async () => {
    const a = await openStore({ kind: 'postgres', url: TEST_DATABASE_URL });
    const b = await openStore({ kind: 'postgres', url: TEST_DATABASE_URL });
    try {
      expect(await a.tryLeaderLock()).not.toBeNull();
      await a.close();
      const lease = await b.tryLeaderLock();
      expect(lease).not.toBeNull();
      await lease?.release();
    } finally {
      await b.close();
    }
  });

  it('fails to open with a one-line reason and no credentials', async () => {
    const error = await openStore({ kind: 'postgres', url: 'postgres://console:hunter2@127.0.0.1:1/none' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreError);
    const message = (error as StoreError).message;
    expect(message).toMatch(/^cannot open the PostgreSQL server \(DATABASE_URL\): /);
    expect(message).not.toContain('\n');
    expect(message).not.toContain('hunter2');
  });
});
