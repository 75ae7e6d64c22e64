/**
 * The mirror's whole snapshot cycle (poll, parse, join, diff, store) at one size, in a process of its
 * own (snapshot-cycle-child.ts) so its time and memory are the mirror's alone. Run while no console
 * server polls the same simulator. Always this repository's mirror, also with BENCH_CHECKOUT.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { CycleReport } from './snapshot-cycle-child';
import { CLIENT_ID, CLIENT_SECRET } from './stack';

export type { CycleFigures, CycleReport } from './snapshot-cycle-child';

export async function measureSnapshotCycle(simUrl: string): Promise<CycleReport> {
  const root = resolve(import.meta.dirname, '..');
  const dataDir = mkdtempSync(join(tmpdir(), 'console-bench-cycle-'));
  try {
    const child = spawn(process.execPath, ['--expose-gc', '--import', 'tsx', 'bench/snapshot-cycle-child.ts'], {
      cwd: root,
      env: { PATH: process.env.PATH ?? '', SIM_URL: simUrl, CONSOLE_DATA_DIR: dataDir, CLIENT_ID, CLIENT_SECRET },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString('utf8')));
    const code = await new Promise<number | null>((done) => child.once('exit', done));
    const line = out.trim().split('\n').at(-1) ?? '';
    if (code !== 0 || line === '') throw new Error(`snapshot cycle exited ${code}:\n${err.slice(-2000)}`);
    return JSON.parse(line) as CycleReport;
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}
