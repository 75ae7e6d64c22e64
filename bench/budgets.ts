/** The budgets (2-core machine, 50,000 customers), checked against the results. Never fatal. */
import type { Budget, SizeResult } from './report';
import { RATIO_KEYS } from './report';
import type { BundleReport } from './bundle';

const BUDGET_CUSTOMERS = 50_000;

export function check(what: string, limit: number, unit: string, value: number | null, digits = 0): Budget {
  return { what, limit: `≤ ${limit} ${unit}`.trim(), value: value === null ? '—' : `${value.toFixed(digits)} ${unit}`.trim(), met: value === null ? null : value <= limit };
}

export function evaluateBudgets(bundle: BundleReport, sizes: SizeResult[]): Budget[] {
  const at = sizes.find((size) => size.customers === BUDGET_CUSTOMERS) ?? sizes[sizes.length - 1];
  const where = at ? ` (${at.customers.toLocaleString('en-US')} customers)` : '';
  const budgets: Budget[] = [check('services route initial JS, gzip', 250, 'kB', bundle.servicesInitial.js.gzip / 1000, 1)];
  if (!at) return budgets;
  const f = at.console.figures;
  budgets.push(
    check(`navigation → first rows${where}`, 1500, 'ms', f.firstRows.median),
    check(`keystroke → filtered rows, median${where}`, 50, 'ms', f.keystrokeMedian.median, 1),
    check(`row elements in the DOM${where}`, 100, '', f.domRows.median),
    check(`JS heap after load${where}`, 150, 'MB', f.heapMb.median, 1),
    check(`services list: Health column filled after first rows${where}`, 1000, 'ms', f.healthFilled.median),
  );
  for (const key of RATIO_KEYS) {
    budgets.push(check(`ours / Data Grid: ${key}${where}`, 1, '', at.ratios[key] ?? null, 2));
  }
  return budgets;
}
