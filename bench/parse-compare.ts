/**
 * Before/after of the list parse (issue 14's budget): an earlier commit's whole-list schema against this
 * checkout's row-by-row reader, on the same generated 50,000-row body. Each reader runs in its own Node
 * process, alternately, so neither warms the other's JIT; figures are medians and minimums over all runs.
 *
 *   npx tsx bench/parse-compare.ts [commit=ed752ed] [customers=50000] [pairs=5] [runs=21]
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { spread, type Spread } from './stats';

const root = resolve(import.meta.dirname, '..');
const [commit = 'ed752ed', customers = '50000', pairs = '5', runs = '21'] = process.argv.slice(2);
// Inside the repository, so the old schemas resolve zod from its node_modules.
const before = join(root, '.bench-before');

function timesOf(checkout: string, reader: 'whole' | 'rows'): number[] {
  const child = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', join(root, 'bench/parse-compare-child.ts'), checkout, reader, customers, runs], {
    cwd: root,
    encoding: 'utf8',
  });
  if (child.status !== 0) throw new Error(`the ${reader} reader failed: ${child.stderr}`);
  const parsed: unknown = JSON.parse(child.stdout);
  if (!Array.isArray(parsed) || !parsed.every((value) => typeof value === 'number')) throw new Error('the child printed no timings');
  return parsed;
}

const format = (figure: Spread) => `median ${figure.median?.toFixed(0)} ms, min ${figure.min?.toFixed(0)} ms, max ${figure.max?.toFixed(0)} ms (${figure.n} runs)`;

rmSync(before, { recursive: true, force: true });
mkdirSync(before);
try {
  execFileSync('sh', ['-c', `git archive ${commit} src/api/schemas src/domain | tar -x -C ${before}`], { cwd: root });
  const old: number[] = [];
  const now: number[] = [];
  for (let pair = 0; pair < Number(pairs); pair += 1) {
    old.push(...timesOf(before, 'whole'));
    now.push(...timesOf(root, 'rows'));
  }
  const [o, n] = [spread(old), spread(now)];
  console.log(`${customers} customers, JSON.parse + zod (jitless), ${pairs} process pairs × ${runs} runs`);
  console.log(`  whole list at ${commit}: ${format(o)}`);
  console.log(`  row by row now:      ${format(n)}`);
  const pct = (a: number | null, b: number | null) => (a !== null && b ? `${(((a - b) / b) * 100).toFixed(0)} %` : '—');
  console.log(`  row by row / before: median ${pct(n.median, o.median)}, min ${pct(n.min, o.min)} (budget: ≤ +10 %)`);
} finally {
  rmSync(before, { recursive: true, force: true });
}
