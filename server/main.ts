import { simStoreFromEnv, type SimEnvironment } from '../simulator/store';
import { buildServer } from './http/app';
import { ConfigError, loadConfig, type AppConfig } from './config';
import { openStore } from './store/store';
import { flipSecondsFromEnv, startStatusFlips } from '../simulator/status-flips';

const DEMO_FLIP_SECONDS = 180;

/** `npm run serve` (live, from the environment) and `npm start` (`--demo`). */

function fail(reason: string): never {
  console.error(`Configuration error: ${reason}`);
  process.exit(1);
}

function readConfig(): { config: AppConfig; demo: SimEnvironment | undefined } {
  try {
    const config = loadConfig(process.env, process.argv.slice(2));
    // SIM_CUSTOMERS / SIM_LATENCY_MS / SIM_FAULTS shape the demo data, as they do the simulator's.
    return { config, demo: config.mode === 'demo' ? simStoreFromEnv(process.env) : undefined };
  } catch (error) {
    if (error instanceof ConfigError || error instanceof Error) fail(error.message.split('\n')[0] ?? 'invalid configuration');
    throw error;
  }
}

async function main(): Promise<void> {
  const { config, demo } = readConfig();
  // A store that cannot be opened stops the start with its one-line reason: before listening, except
  // the demo's in-memory store (nothing to reach; its initdb takes seconds), which opens meanwhile.
  const opening = openStore(config.store).catch((error: unknown) => fail(error instanceof Error ? error.message : String(error)));
  const inMemory = config.store.kind === 'pglite' && config.store.dataDir === null;
  const store = inMemory ? opening : await opening;
  const app = await buildServer(config, demo ? { demo, store } : { store });
  // The demo's statuses change every few minutes (SIM_STATUS_FLIP_SECONDS, 0 = off), so history and live updates show.
  if (demo) startStatusFlips(() => demo.store, flipSecondsFromEnv(process.env, DEMO_FLIP_SECONDS));
  await app.listen({ port: config.port, host: config.host });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const host = config.host.includes(':') ? `[${config.host}]` : config.host;
  console.log(`Live Platform Console (${config.mode}) on http://${host}:${port}`);

  let closing = false;
  const shutdown = (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'shutting down');
    // close() stops accepting, lets in-flight requests finish, then resolves.
    app.close().then(
      // The store last: the mirror stops (and releases the poller lock) while closing the app.
      // (An in-memory store has nothing to keep: no need to wait for one still opening.)
      () => (inMemory ? Promise.resolve() : Promise.resolve(store).then((opened) => opened.close())).finally(() => process.exit(0)),
      () => process.exit(1),
    );
  };
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  process.once('SIGINT', () => shutdown('SIGINT'));
}

main().catch((error: unknown) => {
  console.error(`Live Platform Console failed to start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
