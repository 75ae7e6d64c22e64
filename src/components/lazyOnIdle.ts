import { createElement, lazy, Suspense, useEffect, useState, type ComponentType } from 'react';
import { loadOnIdle } from './loadOnIdle';

/**
 * React.lazy for a part that is not needed to show a page (a closed menu, a drawer, an alert):
 * `preload` fetches it early, `usePreloadOnIdle` once the browser is idle after the page has mounted,
 * so it is usually there before anyone opens it. Render the component only when it is needed, inside
 * Suspense, or use `Render`, which gives it directly once it is there. A failed load is tried again next time,
 * and with a `fallback` that one is shown meanwhile instead of an error (for parts that report
 * errors, which must show even when the network that failed is what would bring them).
 */
export function lazyOnIdle<P extends object>(load: () => Promise<{ default: ComponentType<P> }>, fallback?: ComponentType<P>) {
  let loaded: ComponentType<P> | null = null;
  let promise: Promise<{ default: ComponentType<P> }> | null = null;
  const preload = () => {
    promise ??= load().then(
      (module) => {
        loaded = module.default;
        return module;
      },
      (error: unknown) => {
        promise = null;
        if (fallback) return { default: fallback };
        throw error;
      },
    );
    return promise;
  };
  const Component = lazy(preload);
  const usePreloadOnIdle = () => useEffect(() => loadOnIdle(preload), []);
  /**
   * The part itself when it is already there, else the lazy one under Suspense. Chosen once per
   * mount: switching paths later would remount it (and an alert would be announced again).
   */
  function Render(props: P) {
    const [Loaded] = useState(() => loaded);
    if (Loaded) return createElement(Loaded, props);
    return createElement(Suspense, { fallback: null }, createElement(Component, props));
  }
  return { Component, Render, preload, usePreloadOnIdle };
}
