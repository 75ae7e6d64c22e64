import { request as httpRequest } from 'node:http';
import { startSimulator, type RunningSimulator } from '../../simulator/http/simulator';
import { buildServer, type ServerDeps } from '../http/app';
import { loadConfig, type AppConfig } from '../config';

/**
 * Test support: the console in live mode against a real simulator on a free port, with the
 * console's log lines captured so tests can prove what never gets logged.
 */

/** Distinctive, so finding it anywhere (a body, a log line) is never a coincidence. */
export const TEST_SECRET = 'tst-SECRET-5f0c2d~Qx.9';
export const TEST_CLIENT_ID = 'console-test-client';

export function simulatorEnv(extra: Record<string, string> = {}): Record<string, string> {
  return { SIM_CLIENT_ID: TEST_CLIENT_ID, SIM_CLIENT_SECRET: TEST_SECRET, ...extra };
}

export function liveConfig(simulatorUrl: string, extra: Record<string, string> = {}): AppConfig {
  return loadConfig({
    LIVE_PLATFORM_BASE_URL: simulatorUrl,
    LIVE_PLATFORM_TOKEN_URL: `${simulatorUrl}/oauth2/v2.0/token`,
    LIVE_PLATFORM_CLIENT_ID: TEST_CLIENT_ID,
    LIVE_PLATFORM_CLIENT_SECRET: TEST_SECRET,
    DIST_DIR: '/nonexistent-dist-for-tests',
    LOG_LEVEL: 'trace',
    ...extra,
  });
}

export interface CapturedLogs {
  lines: string[];
  sink: { write(line: string): void };
  text(): string;
}

export function captureLogs(): CapturedLogs {
  const lines: string[] = [];
  return { lines, sink: { write: (line) => lines.push(line) }, text: () => lines.join('') };
}

export async function buildLiveConsole(simulatorUrl: string, extra: Record<string, string> = {}, deps: ServerDeps = {}) {
  const logs = captureLogs();
  const app = await buildServer(liveConfig(simulatorUrl, extra), { logStream: logs.sink, ...deps });
  return { app, logs };
}

export async function startTestSimulator(port = 0, extra: Record<string, string> = {}): Promise<RunningSimulator> {
  return startSimulator({ port, host: '127.0.0.1', env: simulatorEnv(extra) });
}

/** A control-API call to the simulator. */
export async function simControl(sim: RunningSimulator, method: string, path: string, body?: unknown): Promise<Response> {
  return fetch(`${sim.url}${path}`, {
    method,
    ...(body === undefined ? {} : { body: JSON.stringify(body), headers: { 'content-type': 'application/json' } }),
  });
}

/**
 * GET with the path sent exactly as written: fetch() and URL would resolve "..", which is
 * precisely what a traversal test must not let happen before the server sees it.
 */
export function rawGet(origin: string, path: string): Promise<{ status: number; body: string }> {
  const url = new URL(origin);
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: url.hostname, port: url.port, path, method: 'GET' }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

/** A loopback port nothing listens on (bound once, then released). */
export async function closedPort(): Promise<number> {
  const { createServer } = await import('node:net');
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
