import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { RunningSimulator } from '../../simulator/http/simulator';
import { buildServer } from '../http/app';
import { openStore } from '../store/store';
import { TestBrowser } from './browser';
import { captureLogs, closedPort, liveConfig, startTestSimulator, type CapturedLogs } from './harness';
import { IDP_CLIENT_ID, IDP_CLIENT_SECRET, startIdentityProvider, type RunningIdentityProvider } from './identity-provider';
import { ROLE_GROUP_ENV } from './test-accounts';

/**
 * The whole sign-in chain on loopback: identity provider, Live Platform simulator, and a live-mode
 * console configured for sign-in, listening on a real port, with a clock tests can move.
 */

export const TEST_INDEX = '<!doctype html><html><head><script type="module" src="/assets/app-1a2b3c.js"></script></head><body><div id="root"></div></body></html>';

export interface SignInRigOptions {
  /** Public URL https://console.example.test in front of the plain-http console (a TLS proxy's view). */
  https?: boolean;
  /** The deprecated CONSOLE_OIDC_ALLOWED_GROUPS; when given, the role lists are left unset. Default: role lists (ROLE_GROUP_ENV). */
  allowedGroups?: string | undefined;
  /** A built SPA to serve; default a stand-in index.html and one asset. */
  distDir?: string;
  /** A PostgreSQL store, so the rig serves the shared snapshot (/api/console/*) like the real console. */
  databaseUrl?: string;
  env?: Record<string, string>;
}

export interface SignInRig {
  app: FastifyInstance;
  /** Where the console really listens. */
  consoleUrl: string;
  /** What the browser uses (CONSOLE_PUBLIC_URL). */
  publicUrl: string;
  idp: RunningIdentityProvider;
  sim: RunningSimulator;
  logs: CapturedLogs;
  clock: { advance(ms: number): void };
  browser(): TestBrowser;
  close(): Promise<void>;
}

function standInDist(): string {
  const dist = mkdtempSync(join(tmpdir(), 'signin-dist-'));
  mkdirSync(join(dist, 'assets'));
  writeFileSync(join(dist, 'index.html'), TEST_INDEX);
  writeFileSync(join(dist, 'assets', 'app-1a2b3c.js'), 'export {};');
  return dist;
}

export async function startSignInRig(options: SignInRigOptions = {}): Promise<SignInRig> {
  const sim = await startTestSimulator();
  const port = await closedPort();
  const consoleUrl = `http://127.0.0.1:${port}`;
  const publicUrl = options.https ? 'https://console.example.test' : consoleUrl;
  const idp = await startIdentityProvider({ consoleOrigins: [publicUrl] });
  const ownDist = options.distDir ? null : standInDist();
  const config = liveConfig(sim.url, {
    PORT: String(port),
    DIST_DIR: options.distDir ?? ownDist ?? '',
    CONSOLE_OIDC_ISSUER: idp.issuer,
    CONSOLE_OIDC_CLIENT_ID: IDP_CLIENT_ID,
    CONSOLE_OIDC_CLIENT_SECRET: IDP_CLIENT_SECRET,
    // Every test signs in from 127.0.0.1; rate-limits.test.ts proves the limit itself.
    CONSOLE_RATE_SIGNIN_PER_MINUTE: '10000',
    ...('allowedGroups' in options ? (options.allowedGroups ? { CONSOLE_OIDC_ALLOWED_GROUPS: options.allowedGroups } : {}) : ROLE_GROUP_ENV),
    // Behind the TLS proxy the secret is required; on loopback the console derives a key of its own.
    ...(options.https ? { CONSOLE_PUBLIC_URL: publicUrl, CONSOLE_SESSION_SECRET: 'sign-in-rig-session-secret-0123456789' } : {}),
    ...options.env,
  });
  let offset = 0;
  const logs = captureLogs();
  const store = options.databaseUrl ? await openStore({ kind: 'postgres', url: options.databaseUrl }) : undefined;
  const app = await buildServer(config, { logStream: logs.sink, now: () => Date.now() + offset, ...(store ? { store } : {}) });
  await app.listen({ port, host: '127.0.0.1' });

  return {
    app,
    consoleUrl,
    publicUrl,
    idp,
    sim,
    logs,
    clock: { advance: (ms) => (offset += ms) },
    browser: () => new TestBrowser(options.https ? { [publicUrl]: consoleUrl } : {}),
    async close() {
      await app.close();
      await store?.close();
      await Promise.all([idp.close(), sim.close()]);
      if (ownDist) rmSync(ownDist, { recursive: true, force: true });
    },
  };
}
