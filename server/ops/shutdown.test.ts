// @vitest-environment node
import type { RunningSimulator } from '../../simulator/http/simulator';
import { simControl, startTestSimulator } from '../testing/harness';
import { listenLiveConsole } from '../testing/listening-console';
import { closeGracefully } from './shutdown';

/** A stop lets in-flight Live Platform calls finish within the drain time, and ends the rest with a 503. */

let sim: RunningSimulator;

beforeAll(async () => {
  sim = await startTestSimulator();
});
afterAll(async () => {
  await sim.close();
});
afterEach(async () => {
  await simControl(sim, 'POST', '/__sim/reset');
});

/** Resolves once the simulator has received the call, so the stop surely finds it in flight. */
async function inFlight(path: string): Promise<void> {
  await expect.poll(() => sim.state.log.list().some((entry) => entry.path === path)).toBe(true);
}

describe('graceful shutdown', () => {
  it('lets a call that finishes within the drain time answer normally', async () => {
    const live = await listenLiveConsole(sim);
    sim.state.log.clear();
    await simControl(sim, 'POST', '/__sim/latency', { ms: 300 });
    const call = fetch(`${live.url}/api/v3/customer`).then(async (response) => ({ status: response.status, body: (await response.json()) as unknown[] }));
    await inFlight('/api/v3/customer');
    await closeGracefully(live.app, live.app.ops.shutdown, 20_000);
    const answer = await call;
    expect(answer.status).toBe(200);
    expect(answer.body).toHaveLength(35);
  });

  it('ends a call still running at the deadline with 503 "restarting", and closes', async () => {
    const live = await listenLiveConsole(sim);
    sim.state.log.clear();
    await simControl(sim, 'POST', '/__sim/latency', { ms: 60_000 });
    const call = fetch(`${live.url}/api/v3/customer`).then(async (response) => ({
      status: response.status,
      retryAfter: response.headers.get('retry-after'),
      body: (await response.json()) as unknown,
    }));
    await inFlight('/api/v3/customer');
    await closeGracefully(live.app, live.app.ops.shutdown, 200);
    expect(await call).toEqual({ status: 503, retryAfter: '5', body: { title: 'The console is restarting', status: 503, detail: 'Try again in a moment.' } });
    expect(live.app.ops.shutdown.signals.stopping.aborted).toBe(true);
    expect(live.logs.text()).toContain('Live Platform call ended by the shutdown deadline');
  });
});
