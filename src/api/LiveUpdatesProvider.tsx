/**
 * Mounts the one live-update stream of the app (AppProviders) and lets any page read its state.
 */
import { createContext, useContext, useEffect, useState, useSyncExternalStore, type ReactNode } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { createLiveUpdates, OFF_STATE, type LiveState, type LiveUpdates, type LiveUpdatesOptions } from './live-updates';

const LiveUpdatesContext = createContext<LiveUpdates | null>(null);

export interface LiveUpdatesProviderProps extends LiveUpdatesOptions {
  children: ReactNode;
}

export function LiveUpdatesProvider({ children, EventSource, retryMs }: LiveUpdatesProviderProps) {
  const queryClient = useQueryClient();
  // One hub per provider; the effect only opens and closes its stream (twice in StrictMode, harmlessly).
  const [live] = useState(() => createLiveUpdates(queryClient, { EventSource, retryMs }));
  useEffect(() => live.start(), [live]);
  return <LiveUpdatesContext.Provider value={live}>{children}</LiveUpdatesContext.Provider>;
}

const noSubscribe = () => () => undefined;
const offState = () => OFF_STATE;

/** The live stream's state; `off` outside the provider. */
export function useLiveState(): LiveState {
  const live = useContext(LiveUpdatesContext);
  return useSyncExternalStore(live ? live.subscribe : noSubscribe, live ? live.getState : offState, offState);
}
