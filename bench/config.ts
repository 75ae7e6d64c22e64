/**
 * `npm run bench` knobs, read once from the environment:
 *   BENCH_RUNS        runs per page and size (default 5); figures are the median, min and max over the runs
 *   BENCH_SIZES       customer counts, comma-separated (default 1000,10000,50000)
 *   BENCH_SKIP_BUILD  1 = reuse bench-dist/ from the last run (quicker when only measuring)
 *   BENCH_BASELINE    0 = skip the MUI X Data Grid baseline page
 *   BENCH_CONSOLE_DIST measure another console build (built with --manifest) instead of building one
 *   BENCH_CHECKOUT    another checkout of the console (e.g. `git archive <commit>` unpacked, with node_modules):
 *                     its build, server and simulator are measured; for before/after comparisons
 *   BENCH_LIGHTHOUSE  0 = skip Lighthouse; only = Lighthouse alone (no services-list runs, no baseline)
 *   BENCH_LIGHTHOUSE_CUSTOMERS  the list size for the services page's second Lighthouse run (default 50000)
 *   BENCH_PORTS       the loopback port range, first-last (default 4410-4419); free ports are picked in it
 *   CHROMIUM_PATH     the browser (default /usr/bin/chromium)
 *   BENCH_PARTS       what to measure, comma-separated (default all): services (the list and the Data Grid),
 *                     health (the Health page), consoles (many consoles on one server), snapshot (the mirror's cycle)
 *   BENCH_POLL_SECONDS the console server's CONSOLE_POLL_SECONDS (default 5: the consoles part waits 3 intervals)
 *   BENCH_CONSOLES    how many consoles the consoles part opens (default 20)
 * Ports are picked among the free loopback ports 4410-4419 (BENCH_PORTS=first-last for another range).
 */
import { resolve } from 'node:path';

export interface BenchConfig {
  runs: number;
  sizes: number[];
  /** Build the console (not with BENCH_SKIP_BUILD=1 or BENCH_CONSOLE_DIST). */
  buildConsole: boolean;
  /** Build the baseline page (not with BENCH_SKIP_BUILD=1 or BENCH_BASELINE=0). */
  buildBaseline: boolean;
  baseline: boolean;
  chromiumPath: string;
  /** Repository root (the bench runs from anywhere). */
  root: string;
  /** The checkout whose console, server and simulator are measured (the repository itself by default). */
  checkout: string;
  consoleDist: string;
  baselineDist: string;
  resultsFile: string;
  portRange: readonly [number, number];
  /** Run the services-list figures at `sizes` (not with BENCH_LIGHTHOUSE=only). */
  listRuns: boolean;
  lighthouse: boolean;
  /** The services page is also audited at this many customers (CLS with a long list). */
  lighthouseCustomers: number;
  parts: ReadonlySet<BenchPart>;
  pollSeconds: number;
  consoles: number;
}

export const BENCH_PARTS = ['services', 'health', 'consoles', 'snapshot'] as const;
export type BenchPart = (typeof BENCH_PARTS)[number];

function readParts(text: string | undefined): Set<BenchPart> {
  if (text === undefined || text.trim() === '') return new Set(BENCH_PARTS);
  const names = text.split(',').map((part) => part.trim()).filter((part) => part !== '');
  const known = (name: string): name is BenchPart => (BENCH_PARTS as readonly string[]).includes(name);
  const unknown = names.filter((name) => !known(name));
  if (unknown.length > 0) throw new Error(`BENCH_PARTS: unknown ${unknown.join(', ')} (known: ${BENCH_PARTS.join(', ')})`);
  return new Set(names.filter(known));
}

function positiveInt(name: string, text: string): number {
  const value = Number(text.trim().replace(/_/g, ''));
  if (!Number.isSafeInteger(value) || value < 1) throw new Error(`${name} must be positive whole numbers, got "${text}"`);
  return value;
}

function readPorts(text: string): [number, number] {
  const [first, last] = text.split('-').map((part) => positiveInt('BENCH_PORTS', part));
  if (first === undefined || last === undefined || last < first || last > 65_535) throw new Error(`BENCH_PORTS must be first-last, got "${text}"`);
  return [first, last];
}

export function readConfig(env: Record<string, string | undefined>): BenchConfig {
  const root = resolve(import.meta.dirname, '..');
  const checkout = resolve(env.BENCH_CHECKOUT ?? root);
  const lighthouseOnly = env.BENCH_LIGHTHOUSE === 'only';
  const baseline = env.BENCH_BASELINE !== '0' && !lighthouseOnly;
  return {
    runs: positiveInt('BENCH_RUNS', env.BENCH_RUNS ?? '5'),
    sizes: (env.BENCH_SIZES ?? '1000,10000,50000').split(',').filter((part) => part.trim() !== '').map((part) => positiveInt('BENCH_SIZES', part)),
    buildConsole: env.BENCH_SKIP_BUILD !== '1' && env.BENCH_CONSOLE_DIST === undefined,
    buildBaseline: env.BENCH_SKIP_BUILD !== '1' && baseline,
    baseline,
    chromiumPath: env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    root,
    checkout,
    consoleDist: resolve(checkout, env.BENCH_CONSOLE_DIST ?? 'bench-dist/console'),
    baselineDist: resolve(root, 'bench-dist/baseline'),
    resultsFile: resolve(root, 'bench-results/latest.json'),
    portRange: readPorts(env.BENCH_PORTS ?? '4410-4419'),
    listRuns: !lighthouseOnly,
    lighthouse: env.BENCH_LIGHTHOUSE !== '0',
    lighthouseCustomers: positiveInt('BENCH_LIGHTHOUSE_CUSTOMERS', env.BENCH_LIGHTHOUSE_CUSTOMERS ?? '50000'),
    parts: readParts(env.BENCH_PARTS),
    pollSeconds: positiveInt('BENCH_POLL_SECONDS', env.BENCH_POLL_SECONDS ?? '5'),
    consoles: positiveInt('BENCH_CONSOLES', env.BENCH_CONSOLES ?? '20'),
  };
}
