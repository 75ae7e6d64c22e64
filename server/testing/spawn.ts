import { spawn, type ChildProcess } from 'node:child_process';

/** Runs a TypeScript entry point with tsx and waits for the line it prints once it listens. */
export async function spawnUntilLine(
  entry: string,
  args: string[],
  env: Record<string, string>,
  line: RegExp,
): Promise<{ child: ChildProcess; match: RegExpExecArray; exit: Promise<number | null> }> {
  const child = spawn(process.execPath, ['--import', 'tsx', entry, ...args], {
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exit = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  let output = '';
  const match = await new Promise<RegExpExecArray>((resolve, reject) => {
    // A hang detector inside Vitest's 120 s per test; a child that never starts is stopped, not left running.
    const timer = setTimeout(() => {
      child.kill();
      reject(new Error(`no line matching ${line} within 90 s; output:\n${output}`));
    }, 90_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const found = line.exec(output);
      if (found) {
        clearTimeout(timer);
        resolve(found);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`exited with ${code} before printing ${line}; output:\n${output}`));
    });
  });
  return { child, match, exit };
}
