/**
 * Issue 15's parts at one size, after the services list (they stop its servers): the Health page
 * (BENCH_RUNS runs), many consoles on one console server with a short poll interval, and the mirror's
 * snapshot cycle alone. Which of them run: BENCH_PARTS (config.ts).
 */
import type { Browser } from '@playwright/test';
import type { BenchConfig } from './config';
import { measureConsoles, type ConsolesFigures } from './consoles';
import { measureHealthRun, type HealthFigures } from './health';
import { measureSnapshotCycle, type CycleReport } from './snapshot-cycle';
import type { Stack } from './stack';
import { spread, type Spread } from './stats';

export interface LiveSizeResult {
  customers: number;
  /** Health page figures over the runs; null when the part did not run. */
  health: { figures: Record<Exclude<keyof HealthFigures, 'filterButton'>, Spread>; filterButton: string | null; runs: HealthFigures[] } | null;
  consoles: ConsolesFigures | null;
  snapshotCycle: CycleReport | null;
}

const log = (text: string) => process.stderr.write(`${text}\n`);
const HEALTH_KEYS = ['firstRows', 'settled', 'heapMb', 'filterClick', 'domRows'] as const;

export async function measureLiveParts(config: BenchConfig, browser: Browser, stack: Stack, customers: number): Promise<LiveSizeResult> {
  const result: LiveSizeResult = { customers, health: null, consoles: null, snapshotCycle: null };
  if (config.parts.has('health')) {
    const runs: HealthFigures[] = [];
    for (let i = 0; i < config.runs; i += 1) {
      const run = await measureHealthRun(browser, stack.consoleUrl);
      log(`    health run ${i + 1}/${config.runs}: first rows ${run.firstRows?.toFixed(0) ?? '—'} ms, heap ${run.heapMb?.toFixed(1) ?? '—'} MB, filter click ${run.filterClick?.toFixed(1) ?? '—'} ms`);
      runs.push(run);
    }
    const figures = Object.fromEntries(HEALTH_KEYS.map((key) => [key, spread(runs.map((run) => run[key]))])) as NonNullable<LiveSizeResult['health']>['figures'];
    result.health = { figures, filterButton: runs.find((run) => run.filterButton !== null)?.filterButton ?? null, runs };
  }
  if (!config.parts.has('consoles') && !config.parts.has('snapshot')) return result;
  // From here on nothing else may poll the simulator: its request log and the machine are ours.
  await stack.stopServers();
  if (config.parts.has('consoles')) {
    log(`    ${config.consoles} consoles, CONSOLE_POLL_SECONDS=${config.pollSeconds}: 3 intervals`);
    const server = await stack.startConsole(config.pollSeconds);
    try {
      result.consoles = await measureConsoles({ consoleUrl: server.url, simUrl: stack.simUrl, consolePid: server.pid, consoles: config.consoles, pollSeconds: config.pollSeconds });
    } finally {
      await server.stop();
    }
  }
  if (config.parts.has('snapshot')) {
    log('    snapshot cycle (first, changed, unchanged)');
    result.snapshotCycle = await measureSnapshotCycle(stack.simUrl);
  }
  return result;
}
