/** Lighthouse's figures as a printed table, and issue #20's budgets for them. */
import type { LighthouseFigures } from './lighthouse';
import { table, type Budget } from './report';

/** Issue #20: every page on the demo data; the services page at 50,000 customers for CLS only. */
const LIMITS = { performance: 95, accessibility: 100, cls: 0.02, tbtMs: 100 } as const;
export const DEMO_CUSTOMERS = 35;

const fixed = (value: number | null, digits: number) => (value === null ? '—' : value.toFixed(digits));

export function formatLighthouse(results: LighthouseFigures[]): string {
  const header = ['Lighthouse 12 (desktop preset), page', 'customers', 'performance', 'accessibility', 'CLS', 'TBT (ms)', 'LCP (ms)', 'biggest shift'];
  const rows = results.map((r) => [
    r.page, r.customers.toLocaleString('en-US'), fixed(r.performance, 0), fixed(r.accessibility, 0), fixed(r.cls, 3), fixed(r.tbtMs, 0), fixed(r.lcpMs, 0),
    r.shifts[0] ? `${r.shifts[0].score.toFixed(3)} ${r.shifts[0].element}`.slice(0, 90) : '',
  ]);
  return table([header, ...rows]);
}

function atLeast(what: string, limit: number, value: number | null): Budget {
  return { what, limit: `≥ ${limit}`, value: fixed(value, 0), met: value === null ? null : value >= limit };
}

function atMost(what: string, limit: number, value: number | null, digits: number, unit = ''): Budget {
  const u = unit ? ` ${unit}` : '';
  return { what, limit: `≤ ${limit}${u}`, value: value === null ? '—' : `${value.toFixed(digits)}${u}`, met: value === null ? null : value <= limit };
}

export function lighthouseBudgets(results: LighthouseFigures[]): Budget[] {
  const budgets: Budget[] = [];
  for (const r of results) {
    const where = `Lighthouse ${r.page} (${r.customers.toLocaleString('en-US')} customers)`;
    budgets.push(atMost(`${where}: CLS`, LIMITS.cls, r.cls, 3));
    if (r.customers !== DEMO_CUSTOMERS) continue;
    budgets.push(
      atLeast(`${where}: performance`, LIMITS.performance, r.performance),
      atLeast(`${where}: accessibility`, LIMITS.accessibility, r.accessibility),
      atMost(`${where}: TBT`, LIMITS.tbtMs, r.tbtMs, 0, 'ms'),
    );
  }
  return budgets;
}
