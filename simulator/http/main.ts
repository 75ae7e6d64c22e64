import { simulatorConfigFromEnv } from './config';
import { startSimulator } from './simulator';

/** `npm run simulator`: a local Live Platform with its token endpoint, for the console's live mode. */
async function main(): Promise<void> {
  let clientId: string;
  try {
    clientId = simulatorConfigFromEnv(process.env).clientId;
  } catch (error) {
    console.error(`Simulator configuration error: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
  const simulator = await startSimulator({ env: process.env });
  console.log(`Live Platform simulator on ${simulator.url} (token endpoint ${simulator.url}/oauth2/v2.0/token, client id ${clientId})`);

  const stop = () => {
    simulator.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

main().catch((error: unknown) => {
  console.error(`Simulator failed to start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
