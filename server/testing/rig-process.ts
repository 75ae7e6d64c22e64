import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { RigCommand, RigMessage } from './sign-in-rig-main';

/** Starts sign-in-rig-main.ts under tsx and gives its URLs and clock to the caller (a Playwright spec). */

export interface RigProcess {
  consoleUrl: string;
  issuer: string;
  advanceClock(ms: number): Promise<void>;
  close(): Promise<void>;
}

export async function spawnSignInRig(distDir: string, databaseUrl?: string): Promise<RigProcess> {
  const entry = fileURLToPath(new URL('./sign-in-rig-main.ts', import.meta.url));
  const child = spawn(process.execPath, ['--import', 'tsx', entry], {
    env: { PATH: process.env.PATH ?? '', RIG_DIST_DIR: distDir, ...(databaseUrl ? { RIG_DATABASE_URL: databaseUrl } : {}) },
    stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
  });
  let errors = '';
  child.stderr?.on('data', (chunk: Buffer) => (errors += chunk.toString('utf8')));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));

  const next = (type: RigMessage['type']) =>
    new Promise<RigMessage>((resolve, reject) => {
      // A hang detector (a loaded machine takes a while to compile and start), inside the test's own timeout.
      const timer = setTimeout(() => {
        child.kill();
        reject(new Error(`sign-in rig: no "${type}" within 120 s; stderr:\n${errors}`));
      }, 120_000);
      const onMessage = (message: RigMessage) => {
        if (message.type !== type) return;
        clearTimeout(timer);
        child.off('message', onMessage);
        resolve(message);
      };
      child.on('message', onMessage);
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`sign-in rig exited with ${code}; stderr:\n${errors}`));
      });
    });

  const ready = await next('ready');
  if (ready.type !== 'ready') throw new Error('unexpected message');
  return {
    consoleUrl: ready.consoleUrl,
    issuer: ready.issuer,
    async advanceClock(ms) {
      const done = next('advanced');
      child.send({ type: 'advance', ms } satisfies RigCommand);
      await done;
    },
    async close() {
      child.disconnect();
      await exited;
    },
  };
}
