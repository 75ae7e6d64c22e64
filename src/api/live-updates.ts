/**
 * Live updates from the server (GET /api/console/events, Server-Sent Events): one EventSource per
 * app, in the manner of TkDodo's "Using WebSockets with React Query": events do not carry data into
 * the cache, they invalidate the snapshot queries, whose refetch is a cheap 304 when nothing changed.
 * The state it keeps (connected or not, the last version, `stale`) is what the pages show.
 */
import type { QueryClient } from '@tanstack/react-query';
import * as z from 'zod/mini';
import { snapshotKeys } from './queries';
import { snapshotEventSchema, stateEventSchema, type SnapshotEvent, type SnapshotMeta } from './schemas/console-snapshot';

export const EVENTS_PATH = '/api/console/events';

/** off: no EventSource here (tests, old browsers); the pages fall back to polling. */
export type LiveConnection = 'off' | 'connecting' | 'open' | 'reconnecting';

export interface LiveState {
  connection: LiveConnection;
  /** The newest snapshot version the server announced (null before the first `state` event). */
  version: number | null;
  takenAt: string | null;
  stale: SnapshotMeta['stale'];
  /** The last `snapshot` event, with the status changes in it. */
  lastSnapshot: SnapshotEvent | null;
}

export interface LiveUpdates {
  getState(): LiveState;
  subscribe(listener: () => void): () => void;
  /** Opens the stream; the returned function closes it (an effect's cleanup). */
  start(): () => void;
}

export interface LiveUpdatesOptions {
  /** Injected by tests; defaults to the browser's EventSource (absent: the client stays `off`). */
  EventSource?: typeof EventSource;
  /** First wait before reconnecting a stream the browser gave up on (doubles up to 60 s). */
  retryMs?: number;
}

export const OFF_STATE: LiveState = { connection: 'off', version: null, takenAt: null, stale: null, lastSnapshot: null };
const MAX_RETRY_MS = 60_000;
/** EventSource.CLOSED, written out so a test double need not define the constants. */
const EVENT_SOURCE_CLOSED = 2;

function readJson<S extends z.core.$ZodType>(schema: S, text: unknown): z.output<S> | null {
  if (typeof text !== 'string') return null;
  try {
    const result = z.safeParse(schema, JSON.parse(text));
    return result.success ? result.data : null;
  } catch {
    return null;
  }
}

const staleMarker = (stale: SnapshotMeta['stale']) => (stale ? stale.since : '');

function hasMeta(data: unknown): data is { meta: SnapshotMeta } {
  return typeof data === 'object' && data !== null && 'meta' in data;
}

/** True when a cached snapshot answer is older than what the server says it has now. */
function isBehind(data: unknown, version: number, stale: SnapshotMeta['stale']): boolean {
  if (!hasMeta(data)) return false;
  return data.meta.version !== version || staleMarker(data.meta.stale) !== staleMarker(stale);
}

export function createLiveUpdates(queryClient: QueryClient, options: LiveUpdatesOptions = {}): LiveUpdates {
  const Source = options.EventSource ?? (typeof EventSource === 'undefined' ? undefined : EventSource);
  const listeners = new Set<() => void>();
  let state: LiveState = Source ? { ...OFF_STATE, connection: 'connecting' } : OFF_STATE;
  let source: EventSource | null = null;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  let retryMs = options.retryMs ?? 5_000;
  let closed = true;

  const set = (patch: Partial<LiveState>) => {
    state = { ...state, ...patch };
    listeners.forEach((listener) => listener());
  };
  const invalidate = (predicate?: (data: unknown) => boolean) =>
    void queryClient.invalidateQueries({
      queryKey: snapshotKeys.all,
      predicate: predicate ? (query) => predicate(query.state.data) : undefined,
    });

  const onState = (event: MessageEvent) => {
    const next = readJson(stateEventSchema, event.data);
    if (!next) return;
    const moved = state.version !== null && (state.version !== next.version || staleMarker(state.stale) !== staleMarker(next.stale));
    set({ connection: 'open', version: next.version, takenAt: next.takenAt, stale: next.stale });
    // At connect (or reconnect after a gap) only what is behind is fetched again.
    if (moved) invalidate();
    else invalidate((data) => isBehind(data, next.version, next.stale));
  };
  const onSnapshot = (event: MessageEvent) => {
    const next = readJson(snapshotEventSchema, event.data);
    if (!next) {
      // An event we cannot read still says "something changed".
      invalidate();
      return;
    }
    set({ connection: 'open', version: next.version, takenAt: next.takenAt, stale: null, lastSnapshot: next });
    invalidate();
  };

  const open = () => {
    if (!Source || closed) return;
    const current = new Source(EVENTS_PATH, { withCredentials: true });
    source = current;
    current.addEventListener('state', onState);
    current.addEventListener('snapshot', onSnapshot);
    current.onopen = () => {
      retryMs = options.retryMs ?? 5_000;
      if (state.connection !== 'open') set({ connection: 'open' });
    };
    current.onerror = () => {
      if (closed || source !== current) return;
      // CONNECTING: the browser reconnects by itself. CLOSED: it gave up (an error status), so we retry.
      set({ connection: 'reconnecting' });
      if (current.readyState !== EVENT_SOURCE_CLOSED) return;
      current.close();
      retryTimer = setTimeout(open, retryMs);
      retryMs = Math.min(retryMs * 2, MAX_RETRY_MS);
    };
  };

  return {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    start() {
      closed = false;
      open();
      return () => {
        closed = true;
        clearTimeout(retryTimer);
        source?.close();
        source = null;
      };
    },
  };
}
