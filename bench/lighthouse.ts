/**
 * Lighthouse (desktop preset) on every page of the console, driving the system Chromium through
 * chrome-launcher. Lighthouse 12.x: 13 needs Node ≥ 22.19 and the project runs on Node 20.
 * Per page: the performance and accessibility scores, CLS, TBT and LCP, plus what shifted and where
 * the main-thread time went (so a missed budget says where to look).
 */
import { launch } from 'chrome-launcher';
import lighthouse, { desktopConfig, type Result } from 'lighthouse';
import { freePorts } from './ports';

/** The pages, as paths on the console server; the guids are the documented examples (simulator fixtures). */
export const LIGHTHOUSE_PAGES: ReadonlyArray<{ name: string; path: string }> = [
  { name: 'services /', path: '/' },
  { name: 'health', path: '/health' },
  { name: 'customer', path: '/customers/a2a3f4c1-38a9-4709-a1be-0c99d02dd5a2' },
  { name: 'new customer (wizard)', path: '/customers/new' },
  { name: 'SIP connection', path: '/customers/a2a3f4c1-38a9-4709-a1be-0c99d02dd5a2/sip/ccc7deb3-b118-4f29-9d3f-6446513130b0' },
  { name: 'audit', path: '/audit' },
];

export interface LighthouseFigures {
  page: string;
  customers: number;
  /** 0-100; null when Lighthouse could not score the category (e.g. the page errored). */
  performance: number | null;
  accessibility: number | null;
  cls: number | null;
  tbtMs: number | null;
  lcpMs: number | null;
  /** Layout shifts Lighthouse attributes to elements, biggest first. */
  shifts: Array<{ element: string; score: number }>;
  /** Main-thread time by kind (script evaluation, style & layout, …), ms, biggest first. */
  mainThread: Array<{ group: string; ms: number }>;
  /** Per script: total main-thread time and of it evaluation and parse/compile, ms. */
  scripts: Array<{ url: string; totalMs: number; scriptingMs: number; parseMs: number }>;
  /** Long tasks (the ones TBT counts), ms since navigation start. */
  longTasks: Array<{ url: string; startMs: number; durationMs: number }>;
  warnings: string[];
}

const HEADLESS_ARGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'];

const score = (category: { score: number | null } | undefined) => (category?.score == null ? null : Math.round(category.score * 100));
const numeric = (lhr: Result, id: string) => lhr.audits[id]?.numericValue ?? null;

interface TableItem { [key: string]: unknown }
function items(lhr: Result, id: string): TableItem[] {
  const details = lhr.audits[id]?.details;
  return details && 'items' in details && Array.isArray(details.items) ? (details.items as TableItem[]) : [];
}

const text = (value: unknown): string => (typeof value === 'string' ? value : '');
const num = (value: unknown): number => (typeof value === 'number' ? value : 0);
const round = (value: number, digits = 0) => Number(value.toFixed(digits));

function nodeName(node: unknown): string {
  if (typeof node !== 'object' || node === null) return '(unattributed)';
  const n = node as { selector?: unknown; nodeLabel?: unknown };
  return `${text(n.selector)}${n.nodeLabel ? ` «${text(n.nodeLabel).replace(/\s+/g, ' ').slice(0, 60)}»` : ''}` || '(unattributed)';
}

export function figuresOf(lhr: Result, page: string, customers: number): LighthouseFigures {
  return {
    page,
    customers,
    performance: score(lhr.categories.performance),
    accessibility: score(lhr.categories.accessibility),
    cls: numeric(lhr, 'cumulative-layout-shift'),
    tbtMs: numeric(lhr, 'total-blocking-time'),
    lcpMs: numeric(lhr, 'largest-contentful-paint'),
    shifts: items(lhr, 'layout-shifts').slice(0, 5).map((item) => ({ element: nodeName(item.node), score: round(num(item.score), 4) })),
    mainThread: items(lhr, 'mainthread-work-breakdown').map((item) => ({ group: text(item.groupLabel) || text(item.group), ms: round(num(item.duration)) })),
    scripts: items(lhr, 'bootup-time').slice(0, 6).map((item) => ({
      url: text(item.url), totalMs: round(num(item.total)), scriptingMs: round(num(item.scripting)), parseMs: round(num(item.scriptParseCompile)),
    })),
    longTasks: items(lhr, 'long-tasks').slice(0, 10).map((item) => ({ url: text(item.url), startMs: round(num(item.startTime)), durationMs: round(num(item.duration)) })),
    warnings: [...(lhr.runtimeError ? [`${lhr.runtimeError.code}: ${lhr.runtimeError.message}`] : []), ...lhr.runWarnings],
  };
}

export interface LighthouseTarget { page: string; url: string; customers: number }

/** Runs Lighthouse on each target in turn, in one headless Chromium on a port of the bench's range. */
export async function runLighthouse(chromePath: string, portRange: readonly [number, number], targets: LighthouseTarget[],
  log: (line: string) => void): Promise<LighthouseFigures[]> {
  const [port] = await freePorts(1, portRange);
  const chrome = await launch({ chromePath, chromeFlags: HEADLESS_ARGS, port, logLevel: 'silent' });
  const results: LighthouseFigures[] = [];
  try {
    for (const target of targets) {
      const run = await lighthouse(target.url, { port: chrome.port, logLevel: 'error', onlyCategories: ['performance', 'accessibility'] }, desktopConfig);
      if (!run) throw new Error(`Lighthouse gave no result for ${target.url}`);
      const figures = figuresOf(run.lhr, target.page, target.customers);
      log(`    lighthouse ${target.page} (${target.customers.toLocaleString('en-US')} customers): performance ${figures.performance ?? '—'}, `
        + `accessibility ${figures.accessibility ?? '—'}, CLS ${figures.cls?.toFixed(3) ?? '—'}, TBT ${figures.tbtMs?.toFixed(0) ?? '—'} ms, LCP ${figures.lcpMs?.toFixed(0) ?? '—'} ms`);
      results.push(figures);
    }
  } finally {
    chrome.kill();
  }
  return results;
}
