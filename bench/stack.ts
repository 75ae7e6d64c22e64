/**
 * One size's servers: the simulator with SIM_CUSTOMERS = n, the console server in live mode serving
 * the bench build, and (for the baseline) a second console server serving the baseline build. Both
 * servers get their token from the simulator's OAuth2 endpoint, exactly as in production.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BenchConfig } from './config';
import { freePorts } from './ports';
import { startChild, stopChild, waitForUrl, type Child } from './processes';

export interface Stack {
  consoleUrl: string;
  baselineUrl: string | null;
  /** The simulator (its /__sim/requests log shows what the Live Platform received). */
  simUrl: string;
  /** Stops the console and baseline servers, keeping the simulator (the parts that start their own server run alone). */
  stopServers: () => Promise<void>;
  /** Another console server over the same simulator, with its own empty store and poll interval, its first snapshot taken. */
  startConsole: (pollSeconds: number) => Promise<ConsoleServer>;
  stop: () => Promise<void>;
}

export interface ConsoleServer {
  url: string;
  /** For its memory (/proc/<pid>/status). */
  pid: number | null;
  stop: () => Promise<void>;
}

export const CLIENT_ID = 'console-bench';
export const CLIENT_SECRET = 'bench-simulator-secret';

/** A fresh PGlite store per server (two servers must never share one data directory), removed at stop. */
function serverEnv(simUrl: string, port: number, distDir: string, dataDir: string, pollSeconds: number | null): Record<string, string> {
  return {
    CONSOLE_DATA_DIR: dataDir,
    ...(pollSeconds === null ? {} : { CONSOLE_POLL_SECONDS: String(pollSeconds) }),
    PORT: String(port),
    HOST: '127.0.0.1',
    LIVE_PLATFORM_BASE_URL: simUrl,
    LIVE_PLATFORM_TOKEN_URL: `${simUrl}/oauth2/v2.0/token`,
    LIVE_PLATFORM_TENANT_ID: 'bench',
    LIVE_PLATFORM_CLIENT_ID: CLIENT_ID,
    LIVE_PLATFORM_CLIENT_SECRET: CLIENT_SECRET,
    DIST_DIR: distDir,
    UPSTREAM_TIMEOUT_MS: '120000',
    LOG_LEVEL: 'warn',
  };
}

/**
 * Resolves once the server has its first snapshot (the GET waits for it), so no page measures the
 * server's first read of the Live Platform.
 */
async function waitForSnapshot(child: Child, url: string): Promise<void> {
  const response = await fetch(`${url}/api/console/health`, { signal: AbortSignal.timeout(300_000) }).catch((error: unknown) => {
    throw new Error(`${child.name}: no first snapshot (${error instanceof Error ? error.message : String(error)}):\n${child.output()}`);
  });
  await response.arrayBuffer();
  if (!response.ok) throw new Error(`${child.name}: /api/console/health answered ${response.status}:\n${child.output()}`);
}

/** The Data Grid page is only compared with the services list. */
const withBaseline = (config: BenchConfig) => config.baseline && config.parts.has('services');

export async function startStack(config: BenchConfig, customers: number, baseline = withBaseline(config)): Promise<Stack> {
  const [simPort, consolePort, baselinePort] = await freePorts(baseline ? 3 : 2, config.portRange);
  if (simPort === undefined || consolePort === undefined) throw new Error('no free ports');
  const simUrl = `http://127.0.0.1:${simPort}`;
  const children: Child[] = [];
  const dataDirs: string[] = [];
  const dataDir = () => {
    const dir = mkdtempSync(join(tmpdir(), 'console-bench-'));
    dataDirs.push(dir);
    return dir;
  };
  const stop = async () => {
    await Promise.all(children.map((child) => stopChild(child)));
    for (const dir of dataDirs) rmSync(dir, { recursive: true, force: true });
  };
  const servers: Child[] = [];
  const startServer = async (name: string, port: number, distDir: string, pollSeconds: number | null) => {
    const child = startChild(name, 'server/main.ts', serverEnv(simUrl, port, distDir, dataDir(), pollSeconds), config.checkout);
    children.push(child);
    servers.push(child);
    const url = `http://127.0.0.1:${port}`;
    await waitForUrl(child, `${url}/api/console/info`);
    await waitForSnapshot(child, url);
    return { url, pid: child.process.pid ?? null, stop: () => stopChild(child) };
  };
  try {
    const sim = startChild('simulator', 'simulator/http/main.ts', {
      SIM_PORT: String(simPort),
      SIM_HOST: '127.0.0.1',
      SIM_CUSTOMERS: String(customers),
      SIM_CLIENT_ID: CLIENT_ID,
      SIM_CLIENT_SECRET: CLIENT_SECRET,
    }, config.checkout);
    children.push(sim);
    await waitForUrl(sim, `${simUrl}/__sim/stats`);

    // The pages are measured against the production poll interval (CONSOLE_POLL_SECONDS default, 60 s).
    const consoleUrl = (await startServer('console server', consolePort, config.consoleDist, null)).url;

    let baselineUrl: string | null = null;
    if (baseline && baselinePort !== undefined) {
      // The baseline page is served the same way: the console server, pointed at the baseline build
      // (it polls once at start only: the Data Grid page reads the pass-through).
      baselineUrl = (await startServer('baseline server', baselinePort, config.baselineDist, 86_400)).url;
    }
    const stopServers = async () => {
      await Promise.all(servers.splice(0).map((child) => stopChild(child)));
    };
    const startConsole = (pollSeconds: number) => startServer('console server (consoles)', consolePort, config.consoleDist, pollSeconds);
    return { consoleUrl, baselineUrl, simUrl, stopServers, startConsole, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
