/**
 * Code that runs inside the page (installed with addInitScript before any of the page's scripts).
 * Every time is performance.now(), i.e. milliseconds since navigation start, and a "paint" is the
 * first task after the next animation frame (requestAnimationFrame, then a MessageChannel message,
 * which runs once that frame has been committed).
 *
 * - first rows: a MutationObserver waits for the first row element, then the paint after it.
 * - interactions: `arm` notes the timeStamp of the next keydown / pointerdown and watches a region
 *   for DOM changes; `settle` waits until the region has been quiet for a while and answers the time
 *   from the event to the paint after the region's last change (null if nothing changed).
 */

export interface ProbeOptions {
  /** A body row (not the header). */
  rowSelector: string;
  /** The element whose subtree shows the result of a filter / sort ... */
  regionSelector: string;
  /** ... or, when set, its closest ancestor matching this (survives the table being swapped for an empty state). */
  regionClosest: string | null;
}

export interface Interaction {
  /** Event -> paint after the last DOM change in the region, ms; null when nothing changed. */
  latency: number | null;
  /** Event -> paint after the first DOM change in the region (e.g. the list dimmed while it filters), ms. */
  firstLatency: number | null;
  mutations: number;
}

export interface BenchProbe {
  firstRowsAt: number | null;
  /** End of the last long task (main thread busy > 50 ms), 0 if none yet. */
  lastLongTaskEnd: number;
  arm: (eventType: 'keydown' | 'pointerdown') => void;
  settle: (quietMs: number, timeoutMs: number) => Promise<Interaction>;
}

export type ProbeWindow = Window & { __benchProbe?: BenchProbe };

/** tsx names functions with a `__name` helper; the page has none, so define a no-op first. */
export const NAME_SHIM = 'globalThis.__name = globalThis.__name || ((fn) => fn);';

export function installProbe(options: ProbeOptions): void {
  const afterPaint = (callback: (at: number) => void) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => callback(performance.now());
      channel.port2.postMessage(null);
    });

  interface Armed {
    start: number | null;
    lastChange: number | null;
    lastPaint: number | null;
    firstPaint: number | null;
    /** The change lastPaint followed: the region is settled only once the latest change has been painted. */
    paintedChange: number | null;
    mutations: number;
    observer: MutationObserver;
  }
  let armed: Armed | null = null;

  const probe: BenchProbe = {
    firstRowsAt: null,
    lastLongTaskEnd: 0,
    arm(eventType) {
      armed?.observer.disconnect();
      const found = document.querySelector(options.regionSelector);
      const region = (options.regionClosest ? found?.closest(options.regionClosest) : found) ?? document.body;
      const state: Armed = {
        start: null,
        lastChange: null,
        lastPaint: null,
        firstPaint: null,
        paintedChange: null,
        mutations: 0,
        observer: new MutationObserver((records) => {
          const stamp = performance.now();
          state.mutations += records.length;
          state.lastChange = stamp;
          afterPaint((at) => {
            state.firstPaint ??= at;
            if (state.lastChange !== stamp) return;
            state.lastPaint = at;
            state.paintedChange = stamp;
          });
        }),
      };
      state.observer.observe(region, { childList: true, subtree: true, attributes: true, characterData: true });
      window.addEventListener(eventType, (event) => {
        state.start ??= event.timeStamp;
      }, { capture: true, once: true });
      armed = state;
    },
    settle(quietMs, timeoutMs) {
      const state = armed;
      if (!state) return Promise.resolve({ latency: null, firstLatency: null, mutations: 0 });
      const begun = performance.now();
      return new Promise((resolve) => {
        const check = () => {
          const now = performance.now();
          const painted = state.lastChange === state.paintedChange;
          const quietSince = state.lastPaint ?? state.start ?? begun;
          if ((painted && now - quietSince >= quietMs) || now - begun >= timeoutMs) {
            state.observer.disconnect();
            const since = (at: number | null) => (state.start !== null && at !== null ? at - state.start : null);
            resolve({ latency: since(state.lastPaint), firstLatency: since(state.firstPaint), mutations: state.mutations });
            return;
          }
          setTimeout(check, 25);
        };
        check();
      });
    },
  };

  const firstRows = new MutationObserver(() => {
    if (!document.querySelector(options.rowSelector)) return;
    firstRows.disconnect();
    afterPaint((at) => {
      probe.firstRowsAt ??= at;
    });
  });
  firstRows.observe(document, { childList: true, subtree: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) probe.lastLongTaskEnd = Math.max(probe.lastLongTaskEnd, entry.startTime + entry.duration);
  }).observe({ type: 'longtask', buffered: true });
  (window as ProbeWindow).__benchProbe = probe;
}
