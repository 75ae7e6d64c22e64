import { lazy, useEffect, type ComponentType } from 'react';
import { loadOnIdle } from './loadOnIdle';

/**
 * React.lazy for a part that is not needed to show a page (a closed menu, a drawer): `preload`
 * fetches it early, `usePreloadOnIdle` once the browser is idle after the page has mounted, so it is
 * usually there before anyone opens it. Render the component only when it is needed, inside Suspense.
 */
export function lazyOnIdle<P extends object>(load: () => Promise<{ default: ComponentType<P> }>) {
  let promise: Promise<{ default: ComponentType<P> }> | null = null;
  const preload = () => {
    promise ??= load().catch((error: unknown) => {
      promise = null;
      throw error;
    });
    return promise;
  };
  const Component = lazy(preload);
  const usePreloadOnIdle = () => useEffect(() => loadOnIdle(preload), []);
  return { Component, preload, usePreloadOnIdle };
}
