import type { SnapshotEvent, StateEvent } from '../../src/api/schemas';
import { decodeHealthRows } from '../../src/api/schemas/health-wire';
import {
  changesOfVersions,
  latestStatuses,
  markChecked,
  markStale,
  mirrorState,
  pruneHistory,
  requestRefresh,
  snapshotBodies,
  snapshotHead,
  writeSnapshot,
} from '../store/queries';
import type { LeaderLease, Store } from '../store/store';
import type { Upstream } from '../upstream/upstream';
import { PollThread } from './poll-thread';
import { ReadError, readBodies, readUnreadable, type UnreadableLists } from './read-lists';
import { toStatusChange } from './status-change';
import type { PollCounts } from './take-snapshot';

/**
 * The shared picture. Every instance *follows* the store (each tick: is there a newer version,
 * did the upstream go away?) and tells its SSE clients; the one holding the poller lock also
 * *polls* the Live Platform every interval, or sooner when someone asked for a refresh.
 */

export interface MirrorLog {
  info(object: object, message: string): void;
  warn(object: object, message: string): void;
}

export interface MirrorOptions {
  intervalMs: number;
  historyDays: number;
  /** How often the store is looked at (new version, refresh request, lock); default 1 s. */
  tickMs?: number;
  log: MirrorLog;
  /** After each poll by this instance (the metrics): how long it took, and on success what it read. */
  onPoll?: (poll: { ok: boolean; seconds: number; rows?: PollCounts; skipped?: PollCounts }) => void;
}

export interface LoadedSnapshot {
  version: number;
  takenAt: Date;
  /** JSON arrays, served as they are. */
  servicesJson: string;
  healthJson: string;
  skipped: { customers: number; ovocServices: number };
  unreadable: UnreadableLists;
}

export interface Stale {
  since: Date;
  reason: string;
}

export type MirrorEvent = { type: 'snapshot'; data: SnapshotEvent } | { type: 'state'; data: StateEvent };

/** Changes put in one SSE event; more and the page is told to refetch. */
export const MAX_EVENT_CHANGES = 500;
/** The Refresh button: one read per this many seconds for everyone. */
export const REFRESH_GAP_SECONDS = 10;
const PRUNE_EVERY_MS = 60 * 60 * 1000;

export class Mirror {
  private snapshot: LoadedSnapshot | null = null;
  private stale: Stale | null = null;
  private readonly listeners = new Set<(event: MirrorEvent) => void>();
  private readonly waiters = new Set<() => void>();
  private timer: NodeJS.Timeout | null = null;
  private ticking: Promise<void> | null = null;
  private polling: Promise<void> | null = null;
  private lease: LeaderLease | null = null;
  /** The poll's worker, holding the status book; only while this instance holds the poller lock. */
  private thread: PollThread | null = null;
  private lastLockTry = 0;
  private lastPollStart = 0;
  private lastPrune = 0;
  private refreshRequestedAt = 0;
  private localRefresh = false;
  private stopped = false;
  /** Reads of the two lists made by this instance (the bench and tests count them). */
  upstreamReads = 0;
  /** Where this instance's poll is: fetching the lists, in the worker, writing the store (tests look). */
  pollStage: 'idle' | 'reading' | 'computing' | 'storing' = 'idle';

  /** The store, once open: the in-memory demo store opens after the server listens (initdb in WebAssembly takes seconds). */
  readonly storeReady: Promise<Store>;
  private openedStore: Store | null = null;

  constructor(
    store: Store | Promise<Store>,
    private readonly upstream: Upstream,
    private readonly options: MirrorOptions,
  ) {
    this.storeReady = Promise.resolve(store);
    // A store that fails to open is main.ts's to report; here it only must not be an unhandled rejection.
    this.storeReady.catch(() => undefined);
  }

  private get store(): Store {
    if (!this.openedStore) throw new Error('the store is not open yet');
    return this.openedStore;
  }

  start(): void {
    void this.storeReady.then((store) => {
      if (this.stopped) return;
      this.openedStore = store;
      const tickMs = this.options.tickMs ?? 1000;
      this.timer = setInterval(() => void this.tick(), tickMs);
      this.timer.unref();
      void this.tick();
    }, () => undefined);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    await this.ticking;
    await this.polling;
    await this.thread?.close();
    this.thread = null;
    await this.lease?.release();
    this.lease = null;
    for (const wake of this.waiters) wake();
  }

  /** OVOC service keys matched to a UMP customer in the current snapshot (read from it once per version). */
  keysOfCustomer(guid: string): string[] {
    const snapshot = this.snapshot;
    if (!snapshot) return [];
    if (this.customerKeys?.version !== snapshot.version) {
      const byGuid = new Map<string, string[]>();
      const stored: unknown = JSON.parse(snapshot.healthJson);
      const { rows } = decodeHealthRows(Array.isArray(stored) ? stored : []);
      for (const row of rows) {
        if (row.customerGuid === null) continue;
        const guidKey = row.customerGuid.toLowerCase();
        byGuid.set(guidKey, [...(byGuid.get(guidKey) ?? []), row.key]);
      }
      this.customerKeys = { version: snapshot.version, byGuid };
    }
    return this.customerKeys.byGuid.get(guid.toLowerCase()) ?? [];
  }

  private customerKeys: { version: number; byGuid: Map<string, string[]> } | null = null;

  get isPoller(): boolean {
    return this.lease !== null;
  }

  current(): { snapshot: LoadedSnapshot | null; stale: Stale | null } {
    return { snapshot: this.snapshot, stale: this.stale };
  }

  /** The snapshot, waiting up to `timeoutMs` for the first one; null if there is none (see `stale` for why). */
  async waitForSnapshot(timeoutMs: number): Promise<LoadedSnapshot | null> {
    await this.storeReady;
    if (this.snapshot || this.stale || this.stopped) return this.snapshot;
    await new Promise<void>((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.waiters.delete(done);
        resolve();
      };
      const timer = setTimeout(done, timeoutMs);
      this.waiters.add(done);
    });
    return this.snapshot;
  }

  subscribe(listener: (event: MirrorEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  stateEvent(): StateEvent {
    return {
      version: this.snapshot?.version ?? 0,
      takenAt: this.snapshot?.takenAt.toISOString() ?? null,
      stale: this.stale ? { since: this.stale.since.toISOString(), reason: this.stale.reason } : null,
    };
  }

  /** Refresh button (unforced, rate-limited for everyone) or a create/delete made here (forced). */
  async requestRefresh(force: boolean): Promise<{ accepted: boolean; retryAfterSeconds: number }> {
    const answer = await requestRefresh((await this.storeReady).db, { force, minGapSeconds: REFRESH_GAP_SECONDS });
    if (answer.accepted && this.lease) {
      this.localRefresh = true;
      void this.tick();
    }
    return answer;
  }

  /** One look at the store, and a poll if this instance is the poller and one is due. */
  tick(): Promise<void> {
    if (this.ticking || this.stopped || !this.openedStore) return this.ticking ?? Promise.resolve();
    this.ticking = (async () => {
      try {
        await this.follow();
        await this.lead();
      } catch (error) {
        this.options.log.warn({ reason: error instanceof Error ? error.message : String(error) }, 'mirror: store not reachable');
      } finally {
        this.ticking = null;
      }
    })();
    return this.ticking;
  }

  private emit(event: MirrorEvent): void {
    for (const listener of this.listeners) listener(event);
  }

  private async follow(): Promise<void> {
    const [head, state] = await Promise.all([snapshotHead(this.store.db), mirrorState(this.store.db)]);
    this.refreshRequestedAt = state.refreshRequestedAt?.getTime() ?? 0;
    if (head && head.version !== this.snapshot?.version) {
      const bodies = await snapshotBodies(this.store.db, head.version);
      if (bodies) {
        const previous = this.snapshot?.version ?? 0;
        const changes = previous === 0 ? [] : await changesOfVersions(this.store.db, previous, head.version, MAX_EVENT_CHANGES + 1);
        this.snapshot = {
          version: head.version,
          takenAt: head.takenAt,
          servicesJson: bodies.services,
          healthJson: bodies.health,
          skipped: { customers: head.skippedCustomers, ovocServices: head.skippedOvoc },
          unreadable: readUnreadable(bodies.unreadable),
        };
        this.emit({
          type: 'snapshot',
          data: {
            version: head.version,
            takenAt: head.takenAt.toISOString(),
            changes: changes.slice(0, MAX_EVENT_CHANGES).map(toStatusChange),
            truncated: changes.length > MAX_EVENT_CHANGES,
          },
        });
      }
    } else if (head && this.snapshot && head.takenAt.getTime() !== this.snapshot.takenAt.getTime()) {
      this.snapshot = { ...this.snapshot, takenAt: head.takenAt };
    }
    const stale = state.staleSince && state.staleReason !== null ? { since: state.staleSince, reason: state.staleReason } : null;
    if (stale?.since.getTime() !== this.stale?.since.getTime() || stale?.reason !== this.stale?.reason) {
      this.stale = stale;
      this.emit({ type: 'state', data: this.stateEvent() });
    }
    if (this.snapshot || this.stale) for (const wake of this.waiters) wake();
  }

  private async lead(): Promise<void> {
    const now = Date.now();
    if (!this.lease && now - this.lastLockTry >= Math.min(this.options.intervalMs / 2, 5000)) {
      this.lastLockTry = now;
      const lease = await this.store.tryLeaderLock();
      if (lease) {
        // Continue the history where the previous poller left it.
        this.thread = new PollThread(await latestStatuses(this.store.db));
        this.lease = lease;
        this.lastPollStart = 0;
        this.options.log.info({}, 'mirror: this instance polls the Live Platform');
        void lease.lost.then(() => {
          if (this.lease !== lease) return;
          this.lease = null;
          void this.thread?.close();
          this.thread = null;
          this.options.log.warn({}, 'mirror: lost the poller lock');
        });
      }
    }
    if (!this.lease || this.polling || this.stopped) return;
    const due = now - this.lastPollStart >= this.options.intervalMs || this.refreshRequestedAt > this.lastPollStart || this.localRefresh;
    if (!due) return;
    this.localRefresh = false;
    this.polling = this.poll().finally(() => {
      this.polling = null;
    });
  }

  /**
   * One read: the bodies are fetched here (waiting only), everything CPU-bound happens in the worker,
   * and the store is written here. The book in the worker takes the changes once the store has them.
   */
  private async poll(): Promise<void> {
    if (!this.thread) return;
    const started = new Date();
    this.lastPollStart = started.getTime();
    try {
      // A worker that died took the book with it: a new one, with the history's latest statuses.
      if (!this.thread.alive) this.thread = new PollThread(await latestStatuses(this.store.db));
      const thread = this.thread;
      this.upstreamReads += 1;
      this.pollStage = 'reading';
      const bodies = await readBodies(this.upstream);
      this.pollStage = 'computing';
      const { id, taken } = thread.take(bodies, started);
      const { snapshot, changes, rows, skipped, problems } = await taken;
      this.pollStage = 'storing';
      if (problems.length > 0) this.options.log.warn({ skipped, problems }, 'mirror: rows left out');
      const head = await snapshotHead(this.store.db);
      if (!head || head.contentHash !== snapshot.contentHash || changes.length > 0) {
        await writeSnapshot(this.store.db, snapshot, changes);
        thread.apply(id);
      } else {
        await markChecked(this.store.db, started);
      }
      if (Date.now() - this.lastPrune >= PRUNE_EVERY_MS) {
        this.lastPrune = Date.now();
        await pruneHistory(this.store.db, new Date(Date.now() - this.options.historyDays * 86_400_000));
      }
      this.options.onPoll?.({ ok: true, seconds: (Date.now() - started.getTime()) / 1000, rows, skipped });
    } catch (error) {
      this.options.onPoll?.({ ok: false, seconds: (Date.now() - started.getTime()) / 1000 });
      const reason = error instanceof ReadError ? error.message : `snapshot failed: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`;
      this.options.log.warn({ reason }, 'mirror: read failed, serving the last snapshot');
      await markStale(this.store.db, started, reason).catch(() => undefined);
    } finally {
      this.pollStage = 'idle';
    }
    // Tell this instance's clients at once rather than at the next tick.
    void this.tick();
  }
}
