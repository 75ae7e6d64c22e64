// @vitest-environment node
import type { RunningSimulator } from '../../simulator/http/simulator';
import { simControl, startTestSimulator } from '../testing/harness';
import { startSignInRig } from '../testing/sign-in-rig';
import { getWithHost, listenLiveConsole, logRecords, type ListeningConsole } from '../testing/listening-console';

/** /livez and /readyz over real HTTP: what they answer, and that no guard stands in their way. */

let sim: RunningSimulator;
let live: ListeningConsole;

beforeAll(async () => {
  sim = await startTestSimulator();
  live = await listenLiveConsole(sim);
});
afterAll(async () => {
  await live.app.close();
  await sim.close();
});
beforeEach(async () => {
  await simControl(sim, 'POST', '/__sim/reset');
});

const tokenEndpointCalls = () => sim.state.log.list().filter((entry) => entry.path.startsWith('/oauth2/')).length;

describe('/livez', () => {
  it('answers ok on any Host, where the loopback guard answers 421 to everything else', async () => {
    const probe = await getWithHost(live.url, '/livez', '10.0.3.17:8080');
    expect(probe.status).toBe(200);
    expect(JSON.parse(probe.body)).toEqual({ status: 'ok' });
    expect(probe.headers['cache-control']).toBe('no-store');
    const page = await getWithHost(live.url, '/api/console/info', '10.0.3.17:8080');
    expect(page.status).toBe(421);
    // Only the exact probe path: a page below it is guarded like any other.
    expect((await getWithHost(live.url, '/livez/x', '10.0.3.17:8080')).status).toBe(421);
  });
});

describe('/readyz', () => {
  it('is ready when a Live Platform token can be had, and names the check', async () => {
    const probe = await getWithHost(live.url, '/readyz', 'console-1.internal');
    expect(probe.status).toBe(200);
    expect(JSON.parse(probe.body)).toEqual({ status: 'ok', checks: { token: 'ok' } });
  });

  it('is not ready while the token endpoint fails, says only "fail", and tries it at most once a minute', async () => {
    await simControl(sim, 'POST', '/__sim/token-endpoint', { mode: 'fail' });
    await simControl(sim, 'POST', '/__sim/tokens/revoke');
    const other = await listenLiveConsole(sim);
    try {
      sim.state.log.clear();
      const first = await fetch(`${other.url}/readyz`);
      const second = await fetch(`${other.url}/readyz`);
      expect(first.status).toBe(503);
      expect(await first.json()).toEqual({ status: 'fail', checks: { token: 'fail' } });
      expect(second.status).toBe(503);
      expect(tokenEndpointCalls()).toBe(1);
      // The reason is for the operator's log, not for whoever can reach the probe.
      const logged = logRecords(other.logs).find((line) => line.msg === 'readiness check failed');
      expect(logged).toMatchObject({ check: 'token', reason: expect.stringContaining('token endpoint answered') });
    } finally {
      await other.app.close();
    }
  });

  it('asks every plugged-in check and fails when one of them does', async () => {
    let storeUp = true;
    live.app.ops.readiness.add({
      name: 'store',
      check: async () => {
        if (!storeUp) throw new Error('connection refused');
      },
    });
    expect(await (await fetch(`${live.url}/readyz`)).json()).toEqual({ status: 'ok', checks: { token: 'ok', store: 'ok' } });
    storeUp = false;
    const down = await fetch(`${live.url}/readyz`);
    expect(down.status).toBe(503);
    expect(await down.json()).toEqual({ status: 'fail', checks: { token: 'ok', store: 'fail' } });
    storeUp = true;
    expect((await fetch(`${live.url}/readyz`)).status).toBe(200);
  });
});

describe('with staff sign-in configured', () => {
  it('answers the probes without a session, while pages still go to sign-in', async () => {
    const rig = await startSignInRig();
    try {
      const browser = rig.browser();
      expect((await browser.request(`${rig.consoleUrl}/livez`)).status).toBe(200);
      const ready = await browser.request(`${rig.consoleUrl}/readyz`);
      expect(ready.status).toBe(200);
      expect(await ready.json()).toEqual({ status: 'ok', checks: { token: 'ok' } });
      expect((await browser.request(`${rig.consoleUrl}/`)).status).toBe(302);
    } finally {
      await rig.close();
    }
  });
});
