/** Production builds for the bench: the console (with a manifest) and the Data Grid baseline page. */
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import type { BenchConfig } from './config';

function run(args: string[], cwd: string): Promise<void> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [resolve(cwd, 'node_modules/vite/bin/vite.js'), ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.once('exit', (code) => (code === 0 ? resolvePromise() : reject(new Error(`vite ${args.join(' ')} failed (${code}):\n${output}`))));
  });
}

export async function buildAll(config: BenchConfig): Promise<void> {
  // The shipped config, only with a manifest and our own outDir (dist/ belongs to whoever runs e2e).
  if (config.buildConsole) await run(['build', '--outDir', config.consoleDist, '--emptyOutDir', '--manifest', '--logLevel', 'warn'], config.checkout);
  if (config.buildBaseline) await run(['build', '-c', 'bench/baseline/vite.config.ts', '--logLevel', 'warn'], config.root);
}
