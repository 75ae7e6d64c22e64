/**
 * The Health page (/health) at one size: a fresh browser context (cold cache) per run, navigation to
 * the page, first rows, the heap once the page has settled, then a status filter button clicked twice
 * (on, off). Times are taken inside the page, as for the services list (probe.ts).
 */
import type { Browser, Page } from '@playwright/test';
import { clickAndLeave, heapMb, interact, trackNetwork, waitForSettled } from './measure';
import { NAME_SHIM, installProbe, type ProbeOptions, type ProbeWindow } from './probe';
import { median } from './stats';

export interface HealthFigures {
  /** Navigation start -> first service row painted, ms. */
  firstRows: number | null;
  /** Navigation start -> no request in flight (the live stream aside) and no long task for 600 ms, ms. */
  settled: number | null;
  /** JS heap after load, after GC, MB (10^6 bytes). */
  heapMb: number | null;
  /** Status filter button click -> rows painted, median of on and off, ms. */
  filterClick: number | null;
  /** The status the filter clicks used (the first button after "All"), e.g. "Error, 123 services". */
  filterButton: string | null;
  /** Service rows in the DOM after load (the table is virtualized). */
  domRows: number;
}

const ROW = 'table[aria-label="OVOC services"] tbody[data-row-key] > tr';
const PROBE: ProbeOptions = { rowSelector: ROW, regionSelector: 'table[aria-label="OVOC services"]', regionClosest: '.MuiTableContainer-root' };
const LOAD_TIMEOUT_MS = 120_000;

async function filterClicks(page: Page): Promise<{ latency: number | null; button: string | null }> {
  // The first status after "All" (most broken first); its label keeps its count while the filter is on.
  const button = page.getByRole('group', { name: 'Filter by status' }).getByRole('button').nth(1);
  if ((await button.count()) === 0) return { latency: null, button: null };
  const label = await button.getAttribute('aria-label');
  const latencies: number[] = [];
  for (let i = 0; i < 2; i += 1) {
    const result = await interact(page, 'pointerdown', () => clickAndLeave(page, button));
    if (result.latency !== null) latencies.push(result.latency);
  }
  return { latency: median(latencies), button: label };
}

export async function measureHealthRun(browser: Browser, consoleUrl: string): Promise<HealthFigures> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  try {
    const page = await context.newPage();
    await page.addInitScript({ content: NAME_SHIM });
    await page.addInitScript(installProbe, PROBE);
    const network = trackNetwork(page);
    const response = await page.goto(`${consoleUrl}/health`, { waitUntil: 'load', timeout: LOAD_TIMEOUT_MS });
    if (!response?.ok()) throw new Error(`health: /health answered ${response?.status() ?? 'nothing'}`);
    await page.waitForFunction(() => ((window as ProbeWindow).__benchProbe?.firstRowsAt ?? null) !== null, undefined, { timeout: LOAD_TIMEOUT_MS });
    const firstRows = await page.evaluate(() => (window as ProbeWindow).__benchProbe?.firstRowsAt ?? null);
    const settled = await waitForSettled(page, network);
    const domRows = await page.locator(ROW).count();
    const heap = await heapMb(page);
    const filter = await filterClicks(page);
    return { firstRows, settled, heapMb: heap, filterClick: filter.latency, filterButton: filter.button, domRows };
  } finally {
    await context.close();
  }
}
