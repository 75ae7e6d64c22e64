import { E2E_SIM_URL } from '../../playwright.config';

/**
 * Playwright globalTeardown (before the web servers stop): the simulator saw every request the
 * console's server forwarded during the run; each must be a call of src/domain/api-calls.ts, so the
 * table cannot fall behind the pages, nor the server let anything else by.
 */
export default async function assertNothingOutsideTheTable(): Promise<void> {
  const response = await fetch(`${E2E_SIM_URL}/__sim/outside-table`);
  if (!response.ok) throw new Error(`simulator's /__sim/outside-table answered ${response.status}`);
  const report = (await response.json()) as { count: number; requests: Array<{ method: string; path: string }> };
  if (report.count > 0) {
    const list = report.requests.map((r) => `  ${r.method} ${r.path}`).join('\n');
    throw new Error(`The simulator received ${report.count} request(s) that match no row of src/domain/api-calls.ts:\n${list}`);
  }
  console.log('Every request the simulator received during the run is a call of the table.');
}
