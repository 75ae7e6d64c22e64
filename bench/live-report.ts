/** Issue 15's figures printed per size, and its budgets (at 50,000, else the largest size measured). */
import { check } from './budgets';
import type { LiveSizeResult } from './live-parts';
import { table, type Budget } from './report';
import type { CycleFigures } from './snapshot-cycle';
import type { Spread } from './stats';

const BUDGET_CUSTOMERS = 50_000;
const num = (value: number | null, digits = 0) => (value === null ? '—' : value.toFixed(digits));
const cell = (s: Spread, digits = 0) => (s.median === null ? '—' : `${num(s.median, digits)} [${num(s.min, digits)}–${num(s.max, digits)}]`);

function cycleRow(name: string, c: CycleFigures): string[] {
  return [name, num(c.totalMs), num(c.readMs), num(c.cpuMs), `${num(c.rssMb)} / ${num(c.peakRssMb)}`, num(c.heapAfterGcMb, 1)];
}

export function formatLive(result: LiveSizeResult, runs: number): string {
  const size = result.customers.toLocaleString('en-US');
  const parts: string[] = [];
  if (result.health) {
    const f = result.health.figures;
    parts.push(table([
      [`Health page, ${size} customers, ${runs} runs: median [min–max]`, ''],
      ['navigation → first rows painted (ms)', cell(f.firstRows)],
      ['navigation → page settled (ms)', cell(f.settled)],
      ['JS heap after load, after GC (MB)', cell(f.heapMb, 1)],
      [`status filter click → rows, on/off median (ms) [${result.health.filterButton ?? 'no status button'}]`, cell(f.filterClick, 1)],
      ['service rows in the DOM', cell(f.domRows)],
    ]));
  }
  const c = result.consoles;
  if (c) {
    parts.push(table([
      [`${c.consoles} consoles on Health, ${size} customers, CONSOLE_POLL_SECONDS=${c.pollSeconds}, window ${c.windowSeconds.toFixed(1)} s (3 intervals)`, ''],
      ['upstream calls: customer list / OVOC services list / other /api', `${c.customerListCalls} / ${c.ovocListCalls} / ${c.otherApiCalls}`],
      ['upstream list calls per interval (max of the two lists)', c.listCallsPerInterval.toFixed(2)],
      ['unchanged revalidations answered 304', `${c.notModified} of ${c.revalidations}`],
      ['snapshot events received (all consoles)', String(c.snapshotEvents)],
      [`first GET /api/console/health, ${c.consoles} at once, median (ms)`, num(c.firstLoadMedianMs)],
      ['  its JSON (kB)', (c.healthBytes / 1000).toFixed(1)],
      ['console server memory now / peak (VmRSS / VmHWM, MB)', `${num(c.serverRssMb)} / ${num(c.serverPeakRssMb)}`],
    ]));
  }
  const s = result.snapshotCycle;
  if (s) {
    parts.push(table([
      [`snapshot cycle, ${size} customers (own process; start RSS ${num(s.startRssMb)} MB)`, 'total ms', 'lists read ms', 'CPU ms', 'RSS / peak MB', 'heap after GC MB'],
      cycleRow('first read (all first seen)', s.first),
      cycleRow('one status changed', s.changed),
      cycleRow('nothing changed', s.unchanged),
    ]));
  }
  return parts.join('\n\n');
}

export function liveBudgets(results: LiveSizeResult[]): Budget[] {
  const at = results.find((r) => r.customers === BUDGET_CUSTOMERS) ?? results[results.length - 1];
  if (!at) return [];
  const where = ` (${at.customers.toLocaleString('en-US')} customers)`;
  const budgets: Budget[] = [];
  const f = at.health?.figures;
  if (f) {
    budgets.push(
      check(`Health: navigation → first rows${where}`, 1500, 'ms', f.firstRows.median),
      check(`Health: JS heap after load${where}`, 100, 'MB', f.heapMb.median, 1),
      check(`Health: status filter click → rows${where}`, 100, 'ms', f.filterClick.median, 1),
    );
  }
  const c = at.consoles;
  if (c) {
    budgets.push(
      check(`${c.consoles} consoles: upstream list calls per poll interval${where}`, 1, '', c.listCallsPerInterval, 2),
      // Every unchanged revalidation must be a 304: the count of those that were not, limit 0.
      check(`${c.consoles} consoles: unchanged refreshes not answered 304${where}`, 0, '', c.revalidations === 0 ? null : c.revalidations - c.notModified),
    );
  }
  return budgets;
}
