import { defineConfig, devices } from '@playwright/test';

/**
 * End-to-end tests go the real way: Chromium -> our production server (built dist/, live mode)
 * -> OAuth2 token from the simulator's token endpoint -> the simulator over HTTP.
 * Ports are env-overridable so two people (or a bench) can run side by side.
 */
const port = Number(process.env.E2E_PORT ?? 4310);
const simPort = Number(process.env.E2E_SIM_PORT ?? 4311);
const simUrl = `http://127.0.0.1:${simPort}`;
/** Which build the server serves; people running e2e side by side build into their own folder. */
export const E2E_DIST_DIR = process.env.E2E_DIST_DIR ?? 'dist';
/** The shared store of this run's console servers (PostgreSQL; made empty by scripts/e2e-database.ts). */
export const E2E_DATABASE_URL = process.env.E2E_DATABASE_URL ?? `postgres://postgres@127.0.0.1:5432/console_e2e_${port}`;
/** Where tests reach the simulator's control API (/__sim/*) directly. */
export const E2E_SIM_URL = simUrl;

export const E2E_CLIENT_ID = 'console-e2e';
/** A recognisable secret: e2e tests assert it never reaches the browser or dist/. */
export const E2E_CLIENT_SECRET = 'e2e-client-secret-7f3b9c1d-DO-NOT-LEAK';

export default defineConfig({
  testDir: './e2e',
  // Fails the run if the simulator received anything outside the table of calls (src/domain/api-calls.ts).
  globalTeardown: './e2e/support/outside-table-teardown.ts',
  fullyParallel: false,
  workers: 1,
  forbidOnly: !!process.env.CI,
  retries: 0,
  // A hang detector, not a speed budget: a test does what a person does and waits for what they see;
  // on a loaded 2-core machine a page with the store, the live stream and axe takes several times longer
  // (at load 16 one axe run on the Health page took 36 s). Passing waits end as soon as the page shows it.
  timeout: 180_000,
  expect: { timeout: 30_000 },
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      // Root on these machines needs --no-sandbox; the network is closed, so background fetches are off.
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
        '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], channel: undefined } }],
  webServer: [
    {
      command: 'npx tsx simulator/http/main.ts',
      url: `${simUrl}/__sim/stats`,
      reuseExistingServer: false,
      // A hang detector: a loaded machine may take a while to compile and start.
      timeout: 120_000,
      env: { SIM_PORT: String(simPort), SIM_CLIENT_ID: E2E_CLIENT_ID, SIM_CLIENT_SECRET: E2E_CLIENT_SECRET },
    },
    {
      command: 'npx tsx scripts/e2e-database.ts && npx tsx server/main.ts',
      url: `http://127.0.0.1:${port}/api/console/info`,
      reuseExistingServer: false,
      // A hang detector: a loaded machine may take a while to compile and start.
      timeout: 120_000,
      env: {
        PORT: String(port),
        HOST: '127.0.0.1',
        LIVE_PLATFORM_BASE_URL: simUrl,
        LIVE_PLATFORM_TOKEN_URL: `${simUrl}/oauth2/v2.0/token`,
        LIVE_PLATFORM_TENANT_ID: '00000000-0000-4000-8000-000000000001',
        LIVE_PLATFORM_CLIENT_ID: E2E_CLIENT_ID,
        LIVE_PLATFORM_CLIENT_SECRET: E2E_CLIENT_SECRET,
        DIST_DIR: E2E_DIST_DIR,
        E2E_DATABASE_URL,
        DATABASE_URL: E2E_DATABASE_URL,
        // Tests reset the simulator between them: the shared snapshot catches up within seconds, not a minute.
        CONSOLE_POLL_SECONDS: '2',
        // Short enough that the "outcome unknown" paths are testable without long waits.
        UPSTREAM_TIMEOUT_MS: '5000',
      },
    },
  ],
});
