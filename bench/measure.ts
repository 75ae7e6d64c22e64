/**
 * One run of one page at one size: a fresh browser context (cold cache), navigation to the list,
 * then the scripted interactions. Every time is taken inside the page (see probe.ts).
 */
import type { Browser, Locator, Page, Request } from '@playwright/test';
import { NAME_SHIM, installProbe, type Interaction, type ProbeWindow } from './probe';
import type { PageKind } from './pages';
import { median, quantile } from './stats';

export interface RunFigures {
  /** Navigation start -> first rows painted, ms. */
  firstRows: number | null;
  /** Navigation start -> every request answered and the main thread quiet (e.g. OVOC health loaded), ms. */
  settled: number | null;
  /** First rows painted -> no Health cell says "Loading…" any more, ms (pages without a Health column: null). */
  healthFilled: number | null;
  /** When the list request started and when its response ended (ms since navigation). */
  listRequestStart: number | null;
  listResponseEnd: number | null;
  /** The list response: bytes over the wire (encoded), bytes of JSON (decoded), Content-Encoding. */
  listEncoded: number | null;
  listDecoded: number | null;
  listEncoding: string | null;
  /** JS the page loaded before its first rows, as sent (compressed) and decoded. */
  jsWire: number;
  jsDecoded: number;
  keystrokeMedian: number | null;
  keystrokeP95: number | null;
  /** Keystroke -> first change painted (our list dims while the deferred filter runs), median, ms. */
  keystrokeFirstMedian: number | null;
  /** Keystrokes after which nothing in the list changed (not counted in the figures). */
  keystrokesUnchanged: number;
  licenseClick: number | null;
  sortClick: number | null;
  domRows: number;
  /** MB = 10^6 bytes. */
  heapMb: number | null;
}

/** Each keystroke changes what the list shows at every bench size ("wing" narrows, Backspace widens). */
export const KEYSTROKES = ['w', 'i', 'n', 'g', 'Backspace', 'Backspace', 'Backspace', 'Backspace'] as const;
const QUIET_MS = 600;
const SETTLE_TIMEOUT_MS = 15_000;
const LOAD_TIMEOUT_MS = 120_000;

export async function interact(page: Page, eventType: 'keydown' | 'pointerdown', act: () => Promise<void>): Promise<Interaction> {
  // Functions handed to evaluate run in the page: they may only use what the page has.
  await page.evaluate((type) => (window as ProbeWindow).__benchProbe?.arm(type), eventType);
  await act();
  const result = await page.evaluate(
    ([quiet, timeout]) => (window as ProbeWindow).__benchProbe?.settle(quiet, timeout) ?? null,
    [QUIET_MS, SETTLE_TIMEOUT_MS] as const,
  );
  return result ?? { latency: null, firstLatency: null, mutations: 0 };
}

export interface Network {
  inFlight: () => number;
  /** Date.now() of the last request that ended. */
  lastEnd: () => number;
}

export function trackNetwork(page: Page): Network {
  let inFlight = 0;
  let lastEnd = Date.now();
  const done = (request: Request) => {
    if (request.resourceType() === 'eventsource') return;
    inFlight = Math.max(0, inFlight - 1);
    lastEnd = Date.now();
  };
  // The live-updates stream (Server-Sent Events) stays open for the page's life: it is not "in flight".
  page.on('request', (request) => {
    if (request.resourceType() !== 'eventsource') inFlight += 1;
  });
  page.on('requestfinished', done);
  page.on('requestfailed', done);
  return { inFlight: () => inFlight, lastEnd: () => lastEnd };
}

/** Waits until no request is in flight and the main thread had no long task for QUIET_MS; answers when that began (page time). */
export async function waitForSettled(page: Page, network: Network): Promise<number | null> {
  const deadline = Date.now() + LOAD_TIMEOUT_MS;
  while (Date.now() < deadline) {
    const quietNetwork = network.inFlight() === 0 && Date.now() - network.lastEnd() >= QUIET_MS;
    const state = await page.evaluate(() => {
      const probe = (window as ProbeWindow).__benchProbe;
      return { now: performance.now(), lastLongTaskEnd: probe?.lastLongTaskEnd ?? 0, firstRowsAt: probe?.firstRowsAt ?? 0 };
    });
    if (quietNetwork && state.now - state.lastLongTaskEnd >= QUIET_MS) {
      const networkQuietSince = state.now - (Date.now() - network.lastEnd());
      return Math.max(state.firstRowsAt, state.lastLongTaskEnd, networkQuietSince);
    }
    await page.waitForTimeout(100);
  }
  return null;
}

/** Click, then move the pointer away at once: a hover tooltip opening later is not part of the answer. */
export async function clickAndLeave(page: Page, target: Locator): Promise<void> {
  await target.click();
  await page.mouse.move(0, 0);
}

interface LoadFacts {
  firstRows: number | null;
  listRequestStart: number | null;
  listResponseEnd: number | null;
  listEncoded: number | null;
  listDecoded: number | null;
  jsWire: number;
  jsDecoded: number;
}

/** Resource timing: the list request and the scripts fetched before the first rows. */
function loadFacts(): LoadFacts {
  const firstRows = (window as ProbeWindow).__benchProbe?.firstRowsAt ?? null;
  const resources = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
  // The console reads the server's snapshot (/api/console/services); the Data Grid page reads the pass-through.
  const list = resources.find((entry) => new URL(entry.name).pathname === '/api/console/services')
    ?? resources.find((entry) => new URL(entry.name).pathname === '/api/v3/customer');
  const scripts = resources.filter((entry) => /\.m?js$/.test(new URL(entry.name).pathname) && (firstRows === null || entry.startTime < firstRows));
  return {
    firstRows,
    listRequestStart: list ? list.requestStart || list.startTime : null,
    listResponseEnd: list ? list.responseEnd : null,
    listEncoded: list ? list.encodedBodySize : null,
    listDecoded: list ? list.decodedBodySize : null,
    jsWire: scripts.reduce((sum, entry) => sum + entry.encodedBodySize, 0),
    jsDecoded: scripts.reduce((sum, entry) => sum + entry.decodedBodySize, 0),
  };
}

export async function heapMb(page: Page): Promise<number | null> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('Performance.enable');
    const { metrics } = await cdp.send('Performance.getMetrics');
    const used = metrics.find((metric) => metric.name === 'JSHeapUsedSize')?.value;
    return used === undefined ? null : used / 1e6;
  } finally {
    await cdp.detach();
  }
}

export async function measureRun(browser: Browser, url: string, kind: PageKind): Promise<RunFigures> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  try {
    const page = await context.newPage();
    await page.addInitScript({ content: NAME_SHIM });
    await page.addInitScript(installProbe, kind.probe);
    let listEncoding: string | null = null;
    page.on('response', (response) => {
      const path = new URL(response.url()).pathname;
      // The snapshot list wins over the pass-through one (the console's `/` still preloads the latter).
      if (path === '/api/console/services' || (path === '/api/v3/customer' && listEncoding === null)) listEncoding = response.headers()['content-encoding'] ?? 'identity';
    });
    const network = trackNetwork(page);

    const response = await page.goto(url, { waitUntil: 'load', timeout: LOAD_TIMEOUT_MS });
    if (!response?.ok()) throw new Error(`${kind.name}: ${url} answered ${response?.status() ?? 'nothing'}`);
    await page.waitForFunction(() => ((window as ProbeWindow).__benchProbe?.firstRowsAt ?? null) !== null, undefined, { timeout: LOAD_TIMEOUT_MS });
    // The heap and the interactions are taken once the page is done loading (the Health column's
    // OVOC data comes after the rows), as a person would use it.
    const complete = kind.dataComplete ? await kind.dataComplete(page) : 0;
    const quiet = await waitForSettled(page, network);
    const settled = quiet === null ? null : Math.max(quiet, complete);
    const facts = await page.evaluate(loadFacts);
    const healthFilled = kind.dataComplete && facts.firstRows !== null ? Math.max(0, complete - facts.firstRows) : null;
    const domRows = await page.locator(kind.rowElements).count();
    const heap = await heapMb(page);

    const box = await kind.openSearch(page);
    const keystrokes: number[] = [];
    const firstChanges: number[] = [];
    let unchanged = 0;
    for (const key of KEYSTROKES) {
      const result = await interact(page, 'keydown', () => box.press(key));
      if (result.latency === null) unchanged += 1;
      else keystrokes.push(result.latency);
      if (result.firstLatency !== null) firstChanges.push(result.firstLatency);
    }
    await box.blur();

    const sorts: number[] = [];
    for (let i = 0; i < 2; i += 1) {
      // Ascending, then descending.
      const result = await interact(page, 'pointerdown', () => clickAndLeave(page, kind.sortHeader(page)));
      if (result.latency !== null) sorts.push(result.latency);
    }

    const licenseClicks: number[] = [];
    if (kind.licenseToggle) {
      for (let i = 0; i < 2; i += 1) {
        // Filter on, then off again.
        const toggle = kind.licenseToggle(page);
        const result = await interact(page, 'pointerdown', () => clickAndLeave(page, toggle));
        if (result.latency !== null) licenseClicks.push(result.latency);
      }
    }

    return {
      ...facts,
      settled,
      healthFilled,
      listEncoding,
      keystrokeMedian: median(keystrokes),
      keystrokeP95: quantile(keystrokes, 0.95),
      keystrokeFirstMedian: median(firstChanges),
      keystrokesUnchanged: unchanged,
      licenseClick: median(licenseClicks),
      sortClick: median(sorts),
      domRows,
      heapMb: heap,
    };
  } finally {
    await context.close();
  }
}
