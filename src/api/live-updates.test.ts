import { QueryClient } from '@tanstack/react-query';
import { createLiveUpdates } from './live-updates';
import { snapshotKeys } from './queries';

/** A stand-in EventSource the test drives: what the server would send, when it would send it. */
class FakeEventSource {
  static instances: FakeEventSource[] = [];
  readonly CLOSED = 2;
  readyState = 0;
  onopen: (() => void) | null = null;
  onerror: (() => void) | null = null;
  closed = false;
  private listeners = new Map<string, Array<(event: MessageEvent) => void>>();
  constructor(readonly url: string) {
    FakeEventSource.instances.push(this);
  }
  addEventListener(type: string, listener: (event: MessageEvent) => void) {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }
  close() {
    this.closed = true;
    this.readyState = 2;
  }
  emit(type: string, data: unknown) {
    for (const listener of this.listeners.get(type) ?? []) listener(new MessageEvent(type, { data: JSON.stringify(data) }));
  }
}

const meta = (version: number) => ({ version, takenAt: '2026-03-01T12:00:00Z', servedAt: '2026-03-01T12:00:00Z', stale: null, skippedRows: { customers: 0, ovocServices: 0 } });

function setup() {
  FakeEventSource.instances = [];
  const client = new QueryClient();
  client.setQueryData(snapshotKeys.health(), { meta: meta(3), rows: [] });
  client.setQueryData(snapshotKeys.services(), { meta: meta(3), rows: [] });
  const live = createLiveUpdates(client, { EventSource: FakeEventSource as unknown as typeof EventSource, retryMs: 10 });
  const stop = live.start();
  const source = FakeEventSource.instances[0];
  if (!source) throw new Error('no EventSource opened');
  const invalidated = () => client.getQueryCache().findAll({ queryKey: snapshotKeys.all }).filter((q) => q.state.isInvalidated).length;
  return { client, live, stop, source, invalidated };
}

describe('live updates', () => {
  it('opens one stream on /api/console/events and closes it on stop', () => {
    const { source, stop, live } = setup();
    expect(source.url).toBe('/api/console/events');
    expect(live.getState().connection).toBe('connecting');
    stop();
    expect(source.closed).toBe(true);
  });

  it('leaves up-to-date data alone at connect, and refetches what is behind', () => {
    const { source, invalidated, live } = setup();
    source.emit('state', { version: 3, takenAt: '2026-03-01T12:00:00Z', stale: null });
    expect(live.getState()).toMatchObject({ connection: 'open', version: 3, stale: null });
    expect(invalidated()).toBe(0);
    source.emit('state', { version: 4, takenAt: '2026-03-01T12:01:00Z', stale: null });
    expect(invalidated()).toBe(2);
  });

  it('invalidates every snapshot query on a new snapshot and keeps its changes', () => {
    const { source, invalidated, live } = setup();
    const change = { key: '42712', name: 'customera-dm', field: 'status', from: 'ERROR', to: 'OK', at: '2026-03-01T12:01:00Z', firstSeen: false, version: 4 };
    source.emit('snapshot', { version: 4, takenAt: '2026-03-01T12:01:00Z', changes: [change], truncated: false });
    expect(invalidated()).toBe(2);
    expect(live.getState().lastSnapshot?.changes).toEqual([change]);
  });

  it('tells the pages when the Live Platform cannot be read, and refetches so they show it', () => {
    const { source, invalidated, live } = setup();
    source.emit('state', { version: 3, takenAt: '2026-03-01T12:00:00Z', stale: null });
    const stale = { since: '2026-03-01T12:02:00Z', reason: 'GET /api/v3/customer answered 503' };
    source.emit('state', { version: 3, takenAt: '2026-03-01T12:00:00Z', stale });
    expect(live.getState().stale).toEqual(stale);
    expect(invalidated()).toBe(2);
  });

  it('ignores an event it cannot read as state, but still refetches on an unreadable snapshot', () => {
    const { source, invalidated, live } = setup();
    source.emit('state', { version: 'three' });
    expect(live.getState().version).toBeNull();
    expect(invalidated()).toBe(0);
    source.emit('snapshot', { nonsense: true });
    expect(invalidated()).toBe(2);
  });

  it('opens a new stream after the browser gave up on one (an error status)', async () => {
    const { source, live } = setup();
    source.readyState = 2;
    source.onerror?.();
    expect(live.getState().connection).toBe('reconnecting');
    await vi.waitFor(() => expect(FakeEventSource.instances).toHaveLength(2));
  });
});
