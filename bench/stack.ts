/**
 * One size's servers: the simulator with SIM_CUSTOMERS = n, the console server in live mode serving
 * the bench build, and (for the baseline) a second console server serving the baseline build. Both
 * servers get their token from the simulator's OAuth2 endpoint, exactly as in production.
 */
import type { BenchConfig } from './config';
import { freePorts } from './ports';
import { startChild, stopChild, waitForUrl, type Child } from './processes';

export interface Stack {
  consoleUrl: string;
  baselineUrl: string | null;
  stop: () => Promise<void>;
}

const CLIENT_ID = 'console-bench';
const CLIENT_SECRET = 'bench-simulator-secret';

function serverEnv(simUrl: string, port: number, distDir: string): Record<string, string> {
  return {
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

export async function startStack(config: BenchConfig, customers: number, withBaseline = config.baseline): Promise<Stack> {
  const [simPort, consolePort, baselinePort] = await freePorts(withBaseline ? 3 : 2, config.portRange);
  if (simPort === undefined || consolePort === undefined) throw new Error('no free ports');
  const simUrl = `http://127.0.0.1:${simPort}`;
  const children: Child[] = [];
  const stop = async () => {
    await Promise.all(children.map((child) => stopChild(child)));
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

    const consoleServer = startChild('console server', 'server/main.ts', serverEnv(simUrl, consolePort, config.consoleDist), config.checkout);
    children.push(consoleServer);
    const consoleUrl = `http://127.0.0.1:${consolePort}`;
    await waitForUrl(consoleServer, `${consoleUrl}/api/console/info`);

    let baselineUrl: string | null = null;
    if (withBaseline && baselinePort !== undefined) {
      // The baseline page is served the same way: the console server, pointed at the baseline build.
      const baselineServer = startChild('baseline server', 'server/main.ts', serverEnv(simUrl, baselinePort, config.baselineDist), config.checkout);
      children.push(baselineServer);
      baselineUrl = `http://127.0.0.1:${baselinePort}`;
      await waitForUrl(baselineServer, `${baselineUrl}/api/console/info`);
    }
    return { consoleUrl, baselineUrl, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
