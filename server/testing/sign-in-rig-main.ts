import { startSignInRig } from './sign-in-rig';

/**
 * The sign-in rig in a process of its own, for Playwright: its test loader cannot import the
 * simulator's JSON fixtures, tsx can. Talks over the IPC channel: reports its URLs once ready,
 * and moves the console's session clock on request.
 */

export type RigMessage = { type: 'ready'; consoleUrl: string; issuer: string } | { type: 'advanced' };
export type RigCommand = { type: 'advance'; ms: number };

const rig = await startSignInRig({
  ...(process.env.RIG_DIST_DIR ? { distDir: process.env.RIG_DIST_DIR } : {}),
  ...(process.env.RIG_DATABASE_URL ? { databaseUrl: process.env.RIG_DATABASE_URL } : {}),
});
const send = (message: RigMessage) => process.send?.(message);

process.on('message', (command: RigCommand) => {
  if (command.type === 'advance') {
    rig.clock.advance(command.ms);
    send({ type: 'advanced' });
  }
});
// The parent going away (test run over or killed) ends the rig too.
process.on('disconnect', () => {
  void rig.close().finally(() => process.exit(0));
});
send({ type: 'ready', consoleUrl: rig.consoleUrl, issuer: rig.idp.issuer });
