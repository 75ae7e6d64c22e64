// @vitest-environment node
import type { RunningSimulator } from '../../simulator/http/simulator';
import { simControl, startTestSimulator } from '../testing/harness';
import { listenLiveConsole, logRecords, type ListeningConsole } from '../testing/listening-console';

/** A failed call's request id is the same in the answer, in every log line of it, and at the Live Platform. */

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
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

describe('request ids', () => {
  it('ties a failing call together: answer header, log lines, and the request the Live Platform received', async () => {
    await simControl(sim, 'POST', '/__sim/faults', { route: 'GET /api/v3/customer', status: 500, times: 1 });
    sim.state.log.clear();
    // A client-sent id is ignored: it would let anyone write into our logs or pose as someone else's failure.
    const response = await fetch(`${live.url}/api/v3/customer`, { headers: { 'x-request-id': 'forged-id' } });
    expect(response.status).toBe(500);
    await response.arrayBuffer();
    const id = response.headers.get('x-request-id') ?? '';
    expect(id).toMatch(UUID);

    const upstream = sim.state.log.list().filter((entry) => entry.path === '/api/v3/customer');
    expect(upstream.map((entry) => entry.requestId)).toEqual([id]);

    await expect.poll(() => logRecords(live.logs).filter((line) => line.requestId === id).map((line) => line.msg)).toContain('request completed');
    const lines = logRecords(live.logs).filter((line) => line.requestId === id);
    expect(lines.map((line) => line.msg)).toEqual(['incoming request', 'request completed']);
    expect(live.logs.text()).not.toContain('forged-id');
  });

  it('gives every answer its own id: files, guard refusals, probes and undecodable paths', async () => {
    const answers = await Promise.all(['/livez', '/api/console/info', '/api/nope', '/api/%c0%ae', '/'].map((path) => fetch(`${live.url}${path}`)));
    const ids = answers.map((answer) => answer.headers.get('x-request-id') ?? '');
    for (const id of ids) expect(id).toMatch(UUID);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('logs the id on lines the request writes itself (a refused token)', async () => {
    await simControl(sim, 'POST', '/__sim/tokens/revoke');
    await simControl(sim, 'POST', '/__sim/token-endpoint', { mode: 'fail' });
    try {
      const response = await fetch(`${live.url}/api/v3/customer`);
      expect(response.status).toBe(502);
      const id = response.headers.get('x-request-id');
      expect(logRecords(live.logs).find((line) => line.msg === 'token request failed')).toMatchObject({ requestId: id });
    } finally {
      await simControl(sim, 'POST', '/__sim/token-endpoint', { mode: 'ok' });
    }
  });
});
