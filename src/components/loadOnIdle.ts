/**
 * Starts `load` once the browser is idle (or after `timeoutMs` at the latest), for code that is not
 * needed to show a page but should be there by the time someone interacts. Returns a cancel
 * function for effect cleanups. Failures are left to the caller's own load on demand.
 */
export function loadOnIdle(load: () => Promise<unknown>, timeoutMs = 2000): () => void {
  const run = () => void load().catch(() => undefined);
  if (typeof window.requestIdleCallback === 'function') {
    const handle = window.requestIdleCallback(run, { timeout: timeoutMs });
    return () => window.cancelIdleCallback(handle);
  }
  const handle = window.setTimeout(run, 200);
  return () => window.clearTimeout(handle);
}
