/**
 * A console server of the spec's own (`tsx server/main.ts`, live mode against the e2e simulator),
 * started as a child process so every byte it writes to stdout and stderr can be read: the
 * Playwright webServer's output is not available to tests.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { E2E_CLIENT_ID, E2E_CLIENT_SECRET, E2E_DATABASE_URL, E2E_DIST_DIR, E2E_SIM_URL } from '../../playwright.config';

export interface ConsoleProcess {
  origin: string;
  /** Everything the process wrote so far, stdout and stderr interleaved. */
  output(): string;
  stop(): Promise<number | null>;
}

const MAIN = fileURLToPath(new URL('../../server/main.ts', import.meta.url));
const LISTENING = /Live Platform Console \(live\) on (http:\/\/127\.0\.0\.1:\d+)/;

export async function startConsoleProcess(extraEnv: Record<string, string> = {}): Promise<ConsoleProcess> {
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', MAIN], {
    env: {
      PATH: process.env.PATH ?? '',
      PORT: '0',
      HOST: '127.0.0.1',
      LIVE_PLATFORM_BASE_URL: E2E_SIM_URL,
      LIVE_PLATFORM_TOKEN_URL: `${E2E_SIM_URL}/oauth2/v2.0/token`,
      LIVE_PLATFORM_TENANT_ID: '00000000-0000-4000-8000-000000000001',
      LIVE_PLATFORM_CLIENT_ID: E2E_CLIENT_ID,
      LIVE_PLATFORM_CLIENT_SECRET: E2E_CLIENT_SECRET,
      DIST_DIR: E2E_DIST_DIR,
      // The run's shared store: a second instance beside the webServer's, as in production.
      DATABASE_URL: E2E_DATABASE_URL,
      CONSOLE_POLL_SECONDS: '2',
      UPSTREAM_TIMEOUT_MS: '5000',
      ...extraEnv,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exit = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const origin = await new Promise<string>((resolve, reject) => {
    // A hang detector, not a speed budget: a console compiled by tsx on a loaded 2-core machine took over 20 s.
    const timer = setTimeout(() => {
      // Nothing else would stop it: the caller gets no handle when the start fails.
      child.kill('SIGTERM');
      reject(new Error(`the console did not start within 120 s:\n${output}`));
    }, 120_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const found = LISTENING.exec(output);
      if (found?.[1]) {
        clearTimeout(timer);
        resolve(found[1]);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    void exit.then((code) => {
      clearTimeout(timer);
      reject(new Error(`the console exited with ${code} before listening:\n${output}`));
    });
  });
  return {
    origin,
    output: () => output,
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      return exit;
    },
  };
}
