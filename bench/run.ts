/**
 * `npm run bench`: builds the console and the Data Grid baseline page, then for each size starts the
 * simulator (SIM_CUSTOMERS = n) and the production server in live mode, drives the system Chromium
 * through both pages BENCH_RUNS times, prints the figures (median [min–max]) and writes
 * bench-results/latest.json; then Lighthouse (desktop preset) on every page on the demo data, and on
 * the services page at BENCH_LIGHTHOUSE_CUSTOMERS (lighthouse.ts). Times never fail the run (machines are noisy); a page that does not
 * load does. Knobs: see config.ts; how to read the figures: docs/performance.md.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname } from 'node:path';
import { execFileSync } from 'node:child_process';
import { chromium, type Browser } from '@playwright/test';
import { evaluateBudgets } from './budgets';
import { buildAll } from './build';
import { bundleReport, entryLoad } from './bundle';
import { readConfig, type BenchConfig } from './config';
import { measureRun, type RunFigures } from './measure';
import { baselinePage, consolePage, type PageKind } from './pages';
import { LIGHTHOUSE_PAGES, runLighthouse, type LighthouseFigures, type LighthouseTarget } from './lighthouse';
import { DEMO_CUSTOMERS, formatLighthouse, lighthouseBudgets } from './lighthouse-report';
import { fetchListBody, loadListSchema, loadRowsSchema, timeParse } from './parse';
import { formatBudgets, formatBundle, formatSize, pageResult, ratiosOf, type BenchResult, type SizeResult } from './report';
import { measureLiveParts, type LiveSizeResult } from './live-parts';
import { formatLive, liveBudgets } from './live-report';
import { startStack, type Stack } from './stack';
import { spread } from './stats';

const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'];

const log = (text: string) => process.stderr.write(`${text}\n`);

async function runPage(browser: Browser, url: string, kind: PageKind, runs: number): Promise<RunFigures[]> {
  const results: RunFigures[] = [];
  for (let i = 0; i < runs; i += 1) {
    const figures = await measureRun(browser, url, kind);
    log(`    ${kind.name} run ${i + 1}/${runs}: first rows ${figures.firstRows?.toFixed(0) ?? '—'} ms, keystroke ${figures.keystrokeMedian?.toFixed(1) ?? '—'} ms, sort ${figures.sortClick?.toFixed(1) ?? '—'} ms`);
    results.push(figures);
  }
  return results;
}

async function measureSize(config: BenchConfig, browser: Browser, customers: number): Promise<{ size: SizeResult | null; live: LiveSizeResult }> {
  log(`  ${customers.toLocaleString('en-US')} customers: starting the simulator and the server`);
  const stack = await startStack(config, customers);
  try {
    const size = config.parts.has('services') ? await measureServices(config, browser, stack, customers) : null;
    // Last: the consoles and snapshot parts stop the page servers.
    return { size, live: await measureLiveParts(config, browser, stack, customers) };
  } finally {
    await stack.stop();
  }
}

async function measureServices(config: BenchConfig, browser: Browser, stack: Stack, customers: number): Promise<SizeResult> {
  const body = await fetchListBody(stack.consoleUrl);
  const parseMs = spread(timeParse(await loadListSchema(config.checkout), body, config.runs));
  // The same body read row by row (what the page does), in the same run, so the two compare.
  const rowsSchema = await loadRowsSchema(config.checkout);
  const parseRowsMs = rowsSchema ? spread(timeParse(rowsSchema, body, config.runs)) : null;
  // Alternate the pages run by run, so a burst of load on the shared machine hits both alike.
  const ours: RunFigures[] = [];
  const base: RunFigures[] = [];
  for (let i = 0; i < config.runs; i += 1) {
    ours.push(...(await runPage(browser, `${stack.consoleUrl}/`, consolePage, 1)));
    if (stack.baselineUrl) base.push(...(await runPage(browser, `${stack.baselineUrl}/`, baselinePage, 1)));
  }
  const oursResult = pageResult(ours);
  const baseline = stack.baselineUrl ? pageResult(base) : null;
  return { customers, console: oursResult, baseline, parseMs, parseRowsMs, ratios: ratiosOf(oursResult, baseline) };
}

async function measureSizes(config: BenchConfig): Promise<{ sizes: SizeResult[]; live: LiveSizeResult[] }> {
  const browser = await chromium.launch({ executablePath: config.chromiumPath, args: CHROMIUM_ARGS });
  const sizes: SizeResult[] = [];
  const live: LiveSizeResult[] = [];
  try {
    for (const customers of config.sizes) {
      const measured = await measureSize(config, browser, customers);
      if (measured.size) sizes.push(measured.size);
      live.push(measured.live);
    }
  } finally {
    await browser.close();
  }
  return { sizes, live };
}

/** Each list size gets its own stack; the pages of one size share it. */
async function measureLighthouse(config: BenchConfig): Promise<LighthouseFigures[]> {
  const plan: Array<{ customers: number; pages: typeof LIGHTHOUSE_PAGES }> = [
    { customers: DEMO_CUSTOMERS, pages: LIGHTHOUSE_PAGES },
    { customers: config.lighthouseCustomers, pages: LIGHTHOUSE_PAGES.filter((page) => page.path === '/') },
  ];
  const results: LighthouseFigures[] = [];
  for (const { customers, pages } of plan) {
    log(`  Lighthouse, ${customers.toLocaleString('en-US')} customers: starting the simulator and the server`);
    const stack = await startStack(config, customers, false);
    try {
      const targets: LighthouseTarget[] = pages.map((page) => ({ page: page.name, url: `${stack.consoleUrl}${page.path}`, customers }));
      results.push(...(await runLighthouse(config.chromiumPath, config.portRange, targets, log)));
    } finally {
      await stack.stop();
    }
  }
  return results;
}

async function main(): Promise<void> {
  const config = readConfig(process.env);
  if (config.buildConsole || config.buildBaseline) log('Building …');
  await buildAll(config);
  const bundle = bundleReport(config.consoleDist);
  const baselineBundle = config.baseline ? entryLoad(config.baselineDist) : null;

  const { sizes, live } = config.listRuns ? await measureSizes(config) : { sizes: [], live: [] };
  const lighthouse = config.lighthouse ? await measureLighthouse(config) : [];

  const result: BenchResult = {
    date: new Date().toISOString(),
    machine: { cpus: cpus().length, loadAverage: loadavg(), chromium: execFileSync(config.chromiumPath, ['--version'], { encoding: 'utf8' }).trim() },
    runs: config.runs,
    bundle,
    baselineBundle,
    sizes,
    live,
    lighthouse,
    budgets: [...evaluateBudgets(bundle, sizes), ...liveBudgets(live), ...lighthouseBudgets(lighthouse)],
  };
  mkdirSync(dirname(config.resultsFile), { recursive: true });
  writeFileSync(config.resultsFile, `${JSON.stringify(result, null, 2)}\n`);

  const out = [
    formatBundle(bundle, baselineBundle),
    ...sizes.map((size) => formatSize(size, config.runs)),
    ...live.map((r) => formatLive(r, config.runs)).filter((text) => text !== ''),
    ...(lighthouse.length > 0 ? [formatLighthouse(lighthouse)] : []),
    formatBudgets(result.budgets),
  ];
  process.stdout.write(`\n${out.join('\n\n')}\n\nWritten to ${config.resultsFile}\n`);
}

main().catch((error: unknown) => {
  log(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exit(1);
});
