// @vitest-environment node
import { fileURLToPath } from 'node:url';
import { spawnUntilLine } from './testing/spawn';

const entry = (path: string) => fileURLToPath(new URL(path, import.meta.url));

describe('entry points', () => {
  it('server/main.ts --demo listens on loopback, answers, and stops cleanly on SIGTERM', async () => {
    const { child, match, exit } = await spawnUntilLine(
      entry('./main.ts'),
      ['--demo'],
      { PORT: '0', LOG_LEVEL: 'warn', DIST_DIR: '/nonexistent' },
      /^Live Platform Console \(demo\) on (http:\/\/127\.0\.0\.1:\d+)$/m,
    );
    const info = await fetch(`${match[1]}/api/console/info`);
    expect(await info.json()).toMatchObject({ mode: 'demo' });
    child.kill('SIGTERM');
    expect(await exit).toBe(0);
  });

  it('the simulator prints its URL and stops cleanly on SIGTERM', async () => {
    const { child, match, exit } = await spawnUntilLine(
      entry('../simulator/http/main.ts'),
      [],
      { SIM_PORT: '0' },
      /^Live Platform simulator on (http:\/\/127\.0\.0\.1:\d+) /m,
    );
    const stats = await fetch(`${match[1]}/__sim/stats`);
    expect(await stats.json()).toMatchObject({ tokensIssued: 0, customers: 35 });
    child.kill('SIGTERM');
    expect(await exit).toBe(0);
  });
});
