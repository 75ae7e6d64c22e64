// @vitest-environment node
import fc from 'fast-check';
import type { FastifyInstance } from 'fastify';
import { createCustomerRequestExample } from '../../simulator/fixtures';
import type { RunningSimulator } from '../../simulator/http/simulator';
import { API_CALLS, API_METHODS, isTableCall, type ApiCall } from '../../src/domain/api-calls';
import { buildLiveConsole, simControl, startTestSimulator, type CapturedLogs } from '../testing/harness';

/**
 * The console forwards exactly the calls of src/domain/api-calls.ts: each row with a valid example
 * reaches the simulator; every variation of it (method, parameter type, query, body) is refused by
 * the console and never does. Counted at the simulator, which also reports what it saw outside the table.
 */

let sim: RunningSimulator;
let app: FastifyInstance;
let logs: CapturedLogs;

beforeAll(async () => {
  sim = await startTestSimulator();
  ({ app, logs } = await buildLiveConsole(sim.url, { LOG_LEVEL: 'warn' }));
});
afterAll(async () => {
  await app.close();
  await sim.close();
});
beforeEach(async () => {
  await simControl(sim, 'POST', '/__sim/reset');
  await simControl(sim, 'DELETE', '/__sim/outside-table');
});

const EXAMPLES = { uuid: 'a2a3f4c1-38a9-4709-a1be-0c99d02dd5a2', int: '42', token: 'tsk_42' } as const;
const WRONG = { uuid: 'not-a-guid', int: '4x2', token: 'a.b' } as const;

function examplePath(call: ApiCall, kinds: Record<string, string> = EXAMPLES): string {
  return call.path.replace(/\{\w+:(\w+)\}/g, (_all, type: string) => kinds[type] ?? '');
}
const hasParam = (call: ApiCall) => call.path.includes('{');
const label = (call: ApiCall) => `${call.method} ${call.path}`;
const rows = API_CALLS.map((call) => [label(call), call] as const);

const apiCalls = () => sim.state.log.list().filter((entry) => entry.path.startsWith('/api/'));
const json = JSON.stringify(createCustomerRequestExample);

function send(method: string, url: string, body?: { payload: string; type?: string }) {
  return app.inject({
    method: method as 'GET',
    url,
    ...(body ? { payload: body.payload, headers: body.type ? { 'content-type': body.type } : {} } : {}),
  });
}

const validBody = (call: ApiCall) => (call.bodyLimitBytes === undefined ? undefined : { payload: json, type: 'application/json' });

describe.each(rows)('%s', (_name, call) => {
  it('is forwarded with a valid example', async () => {
    const answer = await send(call.method, examplePath(call), validBody(call));
    // Whatever the simulator answers (a 404 for an unknown example id included), the call reached it.
    expect([405, 413, 415]).not.toContain(answer.statusCode);
    expect(apiCalls().map((entry) => `${entry.method} ${entry.path}`)).toEqual([`${call.method} ${examplePath(call)}`]);
    expect(sim.state.outsideTable.report().count).toBe(0);
  });

  it.each(API_METHODS.filter((method) => !API_CALLS.some((other) => other.method === method && examplePath(other) === examplePath(call))))(
    'is refused with %s, naming the methods it takes',
    async (method) => {
      const answer = await send(method, examplePath(call));
      expect(answer.statusCode).toBe(405);
      expect(answer.headers.allow).toContain(call.method);
      expect(apiCalls()).toEqual([]);
    },
  );


  it('is refused with an unknown query parameter', async () => {
    const answer = await send(call.method, `${examplePath(call)}?debug=1`, validBody(call));
    expect(answer.statusCode).toBe(400);
    expect(apiCalls()).toEqual([]);
  });

  it('is refused with a body over its limit, or any body when it takes none', async () => {
    const size = (call.bodyLimitBytes ?? 0) + 1;
    const answer = await send(call.method, examplePath(call), { payload: JSON.stringify({ pad: 'x'.repeat(size) }), type: 'application/json' });
    expect(answer.statusCode).toBe(413);
    expect(apiCalls()).toEqual([]);
  });

});

describe.each(rows.filter(([, call]) => hasParam(call)))('%s, parameter types', (_name, call) => {
  it('is refused with a parameter of the wrong type', async () => {
    const answer = await send(call.method, examplePath(call, WRONG), validBody(call));
    expect(answer.statusCode).toBe(404);
    expect(apiCalls()).toEqual([]);
  });
});

describe.each(rows.filter(([, call]) => call.bodyLimitBytes !== undefined))('%s, body type', (_name, call) => {
  it('is refused with a body that is not JSON (415), or JSON in name only (400)', async () => {
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'application/jsonp']) {
      expect((await send(call.method, examplePath(call), { payload: json, type })).statusCode, type).toBe(415);
    }
    expect((await send(call.method, examplePath(call), { payload: json })).statusCode).toBe(415);
    expect((await send(call.method, examplePath(call), { payload: '{"shortName":', type: 'application/json' })).statusCode).toBe(400);
    expect(apiCalls()).toEqual([]);
  });
});

describe('calls outside the table', () => {
  it('the six calls of the report are refused without reaching the Live Platform, and logged at warn', async () => {
    const guid = EXAMPLES.uuid;
    const answers = await Promise.all([
      send('DELETE', '/api/ovoc/v1/topology/services/17'),
      send('PUT', '/api/ovoc/v1/topology/services/17'),
      send('PATCH', `/api/v2/customer/${guid}/sitelocation/`),
      send('POST', `/api/v2/customer/${guid}/action/ovocimport`),
      send('DELETE', `/api/v3/customer/${guid}`),
      send('POST', '/api/ovoc/v1/topology/channels/'),
    ]);
    // GET /services/{id} is a row (the live read of one OVOC service): other methods on it are 405, not 404.
    expect(answers.map((answer) => answer.statusCode)).toEqual([405, 405, 404, 404, 405, 404]);
    expect(apiCalls()).toEqual([]);
    expect(logs.text()).toContain('refused a call the console does not make');
  });

  it('a detail with allDetails=true is forwarded as the page sends it', async () => {
    const answer = await send('GET', `/api/v3/customer/${EXAMPLES.uuid}?allDetails=true`);
    expect(answer.statusCode).toBe(200);
    expect(answer.json()).toHaveProperty('SiteLocation');
    expect(apiCalls()).toHaveLength(1);
  });

  it('property: of random methods and targets under /api/, only table calls reach the simulator', async () => {
    const segment = fc.oneof(
      fc.constantFrom('api', 'v2', 'v3', 'customer', 'task', 'ovoc', 'v1', 'topology', 'services', 'customers', 'channels', '', '..', '.', '%2e%2e', '..;', '%c0%ae', 'a%2fb', EXAMPLES.uuid, '42', 'tsk_1'),
      fc.stringMatching(/^[A-Za-z0-9._~%;@-]{0,12}$/),
    );
    const target = fc.tuple(fc.array(segment, { minLength: 0, maxLength: 5 }), fc.option(fc.constantFrom('allDetails=true', 'x=1', 'allDetails=true&allDetails=true', 'allDetails=../x'))).map(
      ([parts, query]) => `/api/${parts.join('/')}${query ? `?${query}` : ''}`,
    );
    const method = fc.constantFrom(...API_METHODS);
    let sent = 0;
    await fc.assert(
      fc.asyncProperty(method, target, async (m, url) => {
        sent += 1;
        const answer = await send(m, url);
        if (!isTableCall(m, url)) expect([400, 404, 405, 413, 415]).toContain(answer.statusCode);
      }),
      { numRuns: 300 },
    );
    expect(sent).toBe(300);
    for (const entry of apiCalls()) expect(isTableCall(entry.method, entry.path), `${entry.method} ${entry.path}`).toBe(true);
    expect(sim.state.outsideTable.report()).toEqual({ count: 0, requests: [] });
  });
});
