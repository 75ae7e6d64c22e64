/** The bench's results: the printed tables and bench-results/latest.json. */
import type { BundleReport, RouteLoad } from './bundle';
import type { LighthouseFigures } from './lighthouse';
import type { LiveSizeResult } from './live-parts';
import type { RunFigures } from './measure';
import { ratio, spread, type Spread } from './stats';

export type FigureKey = Exclude<keyof RunFigures, 'listEncoding'>;

export interface PageResult {
  figures: Record<FigureKey, Spread>;
  listEncoding: string | null;
  runs: RunFigures[];
}

export interface SizeResult {
  customers: number;
  console: PageResult;
  baseline: PageResult | null;
  /** JSON.parse + servicesListSchema over the list's real response body, in Node, ms. */
  parseMs: Spread;
  /** The same, read row by row (servicesListRowsSchema); null for a checkout without it. */
  parseRowsMs: Spread | null;
  ratios: Partial<Record<FigureKey, number | null>>;
}

export interface BenchResult {
  date: string;
  machine: { cpus: number; loadAverage: number[]; chromium: string };
  runs: number;
  bundle: BundleReport;
  baselineBundle: RouteLoad | null;
  sizes: SizeResult[];
  lighthouse: LighthouseFigures[];
  /** Issue 15's parts (Health page, many consoles, snapshot cycle) per size: live-parts.ts. */
  live: LiveSizeResult[];
  budgets: Budget[];
}

export interface Budget {
  what: string;
  limit: string;
  value: string;
  met: boolean | null;
}

const FIGURE_KEYS: FigureKey[] = ['firstRows', 'settled', 'healthFilled', 'listRequestStart', 'listResponseEnd', 'listEncoded', 'listDecoded', 'jsWire', 'jsDecoded',
  'keystrokeMedian', 'keystrokeP95', 'keystrokeFirstMedian', 'keystrokesUnchanged', 'licenseClick', 'sortClick', 'domRows', 'heapMb'];
export const RATIO_KEYS: FigureKey[] = ['firstRows', 'keystrokeMedian', 'keystrokeP95', 'sortClick', 'domRows', 'heapMb'];

export function pageResult(runs: RunFigures[]): PageResult {
  const figures = Object.fromEntries(FIGURE_KEYS.map((key) => [key, spread(runs.map((run) => run[key]))])) as Record<FigureKey, Spread>;
  return { figures, listEncoding: runs.find((run) => run.listEncoding !== null)?.listEncoding ?? null, runs };
}

export function ratiosOf(ours: PageResult, baseline: PageResult | null): Partial<Record<FigureKey, number | null>> {
  if (!baseline) return {};
  return Object.fromEntries(RATIO_KEYS.map((key) => [key, ratio(ours.figures[key].median, baseline.figures[key].median)]));
}

/** kB = 1000 bytes, as Vite prints sizes. */
const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const num = (value: number | null, digits = 0) => (value === null ? '—' : value.toFixed(digits));
const cell = (s: Spread, digits = 0) => (s.median === null ? '—' : `${num(s.median, digits)} [${num(s.min, digits)}–${num(s.max, digits)}]`);
const pad = (text: string, width: number) => text.padEnd(width);

export function table(rows: string[][]): string {
  const widths = rows[0]?.map((_, col) => Math.max(...rows.map((row) => (row[col] ?? '').length))) ?? [];
  return rows.map((row) => row.map((text, col) => pad(text, widths[col] ?? 0)).join('  ').trimEnd()).join('\n');
}

const LINES: Array<[string, FigureKey, number, number]> = [
  // label, key, digits, divisor
  ['navigation → first rows painted (ms)', 'firstRows', 0, 1],
  ['  list request sent (ms)', 'listRequestStart', 0, 1],
  ['  list response complete (ms)', 'listResponseEnd', 0, 1],
  ['navigation → page settled (all data, main thread quiet) (ms)', 'settled', 0, 1],
  ['first rows → Health column filled (no "Loading…") (ms)', 'healthFilled', 0, 1],
  ['keystroke → filtered rows, median (ms)', 'keystrokeMedian', 1, 1],
  ['keystroke → filtered rows, p95 (ms)', 'keystrokeP95', 1, 1],
  ['  keystroke → first change painted, median (ms)', 'keystrokeFirstMedian', 1, 1],
  ['  keystrokes that changed nothing (left out)', 'keystrokesUnchanged', 0, 1],
  ['license-filter click → rows (ms)', 'licenseClick', 1, 1],
  ['sort click → rows (ms)', 'sortClick', 1, 1],
  ['row elements in the DOM', 'domRows', 0, 1],
  ['JS heap after load, after GC (MB)', 'heapMb', 1, 1],
  ['list payload over the wire (kB)', 'listEncoded', 1, 1000],
  ['list payload, JSON (kB)', 'listDecoded', 1, 1000],
  ['JS before first rows, wire (kB)', 'jsWire', 1, 1000],
];

function scaled(s: Spread, divisor: number): Spread {
  const f = (v: number | null) => (v === null ? null : v / divisor);
  return { median: f(s.median), min: f(s.min), max: f(s.max), n: s.n };
}

export function formatSize(result: SizeResult, runs: number): string {
  const header = [`${result.customers.toLocaleString('en-US')} customers, ${runs} runs: median [min–max]`, 'ours', 'Data Grid baseline', 'ours / baseline'];
  const rows = LINES.map(([label, key, digits, divisor]) => {
    const r = result.ratios[key];
    return [label, cell(scaled(result.console.figures[key], divisor), digits), result.baseline ? cell(scaled(result.baseline.figures[key], divisor), digits) : '—', r === undefined || r === null ? '' : r.toFixed(2)];
  });
  rows.push(['list Content-Encoding', result.console.listEncoding ?? '—', result.baseline?.listEncoding ?? '—', '']);
  rows.push(['list JSON.parse + zod in Node (ms)', cell(result.parseMs, 1), '', '']);
  if (result.parseRowsMs) {
    const [rowsMs, wholeMs] = [result.parseRowsMs.median, result.parseMs.median];
    const ratio = rowsMs !== null && wholeMs ? (rowsMs / wholeMs).toFixed(2) : '';
    rows.push(['  the same, row by row (ms; / whole list)', cell(result.parseRowsMs, 1), '', ratio]);
  }
  return table([header, ...rows]);
}

export function formatBundle(bundle: BundleReport, baseline: RouteLoad | null): string {
  const s = bundle.servicesInitial;
  const rows = [
    ['initial load of / (index.html + modulepreloads + services route)', 'raw', 'gzip'],
    [`JS (${s.files.filter((f) => f.endsWith('.js')).length} files)`, kb(s.js.raw), kb(s.js.gzip)],
    ['  of which the entry (index.html script + modulepreloads)', kb(bundle.entry.js.raw), kb(bundle.entry.js.gzip)],
    ['  of which a services route chunk outside the entry (0: the page is in the entry)', kb(s.js.raw - bundle.entry.js.raw), kb(s.js.gzip - bundle.entry.js.gzip)],
    ['CSS', kb(s.css.raw), kb(s.css.gzip)],
    ...(baseline ? [['Data Grid baseline page JS', kb(baseline.js.raw), kb(baseline.js.gzip)]] : []),
    ['lazy chunk: own size / what it adds on top of /', '', ''],
    ...bundle.lazyChunks.map((chunk) => [`  ${chunk.src}`, `${kb(chunk.own.raw)} / ${kb(chunk.addsToServices.raw)}`, `${kb(chunk.own.gzip)} / ${kb(chunk.addsToServices.gzip)}`]),
  ];
  return table(rows);
}

export function formatBudgets(budgets: Budget[]): string {
  return table([['budget', 'limit', 'value', ''], ...budgets.map((b) => [b.what, b.limit, b.value, b.met === null ? 'not measured' : b.met ? 'met' : 'NOT met'])]);
}
