/**
 * The Health page's rows: the server's snapshot (GET /api/console/health) plus the page's update
 * policy. Live events (api/live-updates.ts) refetch it when the snapshot changes; without a live
 * stream it polls once a minute. Paused, the page keeps showing the rows as they were when paused.
 */
import { useCallback, useState } from 'react';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { useLiveState } from '../../api/LiveUpdatesProvider';
import { snapshotQueries } from '../../api/queries';
import { FIRST_ROWS_PAGE } from '../../api/schemas/health-first';
import type { ConsoleHealth } from '../../api/schemas/health-wire';

/** How often the page polls while live but the event stream is down. */
export const HEALTH_REFRESH_MS = 60_000;

export function healthServicesQuery(live: boolean, streaming: boolean) {
  return queryOptions({
    ...snapshotQueries.health(),
    refetchInterval: live && !streaming ? HEALTH_REFRESH_MS : false,
    // A support desk screen is often left open in a background tab: poll only while it is seen.
    refetchIntervalInBackground: false,
    // Rows stay on screen while a refresh is in flight or after it failed; unchanged services keep
    // their object identity (structural sharing is on by default), so their rows do not re-render.
    placeholderData: keepPreviousData,
    structuralSharing: true,
  });
}

interface Frozen {
  data: ConsoleHealth | undefined;
  updatedAt: number;
}

/**
 * `wantFirst`: the page shows the default order with no filter, so the first screenful (a few kB) is
 * asked for next to the whole answer (~25 MB at 50,000) and shown until the whole answer is read.
 */
export function useHealthServices(wantFirst = false) {
  const { connection } = useLiveState();
  const [frozen, setFrozen] = useState<Frozen | null>(null);
  const live = frozen === null;
  const query = useQuery(healthServicesQuery(live, connection === 'open'));
  const { data, dataUpdatedAt } = query;
  const first = useQuery({ ...snapshotQueries.healthFirst(FIRST_ROWS_PAGE), enabled: wantFirst && data === undefined });
  const setLive = useCallback((on: boolean) => setFrozen(on ? null : { data, updatedAt: dataUpdatedAt }), [data, dataUpdatedAt]);
  return {
    query,
    data: frozen?.data ?? data,
    updatedAt: frozen ? frozen.updatedAt : dataUpdatedAt,
    live,
    setLive,
    streaming: connection === 'open',
    /** The first rows, only while the whole answer has not arrived. */
    first: data === undefined && wantFirst ? (first.data ?? null) : null,
  };
}
