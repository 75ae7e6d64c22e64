// @vitest-environment node
import type { FastifyInstance } from 'fastify';
import { loadConfig } from '../config';
import { captureLogs } from '../testing/harness';
import { buildServer } from './app';
import { UNREADABLE_REPORT_PATH } from './unreadable-report';

let app: FastifyInstance;
const logs = captureLogs();

beforeAll(async () => {
  app = await buildServer(loadConfig({ LOG_LEVEL: 'warn' }), { logStream: logs.sink });
});
afterAll(async () => {
  await app.close();
});

const post = (body: unknown) => app.inject({ method: 'POST', url: UNREADABLE_REPORT_PATH, payload: JSON.stringify(body), headers: { 'content-type': 'application/json' } });
const warnings = () => logs.lines.map((line) => JSON.parse(line) as { level: number; msg: string; call?: string; total?: number; fields?: unknown }).filter((line) => line.level === 40 && line.call !== undefined);

describe('POST /api/console/reports/unreadable', () => {
  it('logs the call, the positions and the field paths at warn level, once per call and path', async () => {
    const report = { call: 'GET /api/v3/customer', rows: [{ index: 66, path: 'UmpCustomerGuid' }, { index: 70, path: '' }], total: 2 };
    expect((await post(report)).statusCode).toBe(204);
    expect((await post(report)).statusCode).toBe(204);
    const lines = warnings();
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      msg: 'Live Platform sent rows the console could not read',
      call: 'GET /api/v3/customer',
      total: 2,
      fields: [{ path: 'UmpCustomerGuid', rows: [66] }, { path: '(the whole row)', rows: [70] }],
    });
  });

  it('has no place for values: a row with a value, or a path that is not a field path, is refused and not logged', async () => {
    const before = warnings().length;
    const withValue = await post({ call: 'GET /api/v3/customer/{guid}?allDetails=true', rows: [{ index: 1, path: 'name', value: 'Jane Doe' }], total: 1 });
    expect(withValue.statusCode).toBe(400);
    const dataInPath = await post({ call: 'GET /api/v3/customer', rows: [{ index: 1, path: 'name: Jane Doe <jane@example.com>' }], total: 1 });
    expect(dataInPath.statusCode).toBe(400);
    const notAnApiCall = await post({ call: 'GET https://evil.example/', rows: [{ index: 1, path: 'x' }], total: 1 });
    expect(notAnApiCall.statusCode).toBe(400);
    expect(logs.text()).not.toContain('Jane');
    expect(warnings()).toHaveLength(before);
  });

  it('bounds the report: more than 100 rows or a body over 16 kB is refused', async () => {
    const rows = Array.from({ length: 101 }, (_, index) => ({ index, path: 'x' }));
    expect((await post({ call: 'GET /api/v3/customer', rows, total: 101 })).statusCode).toBe(400);
    const huge = { call: 'GET /api/v3/customer', rows: [{ index: 1, path: 'x'.repeat(100) }], total: 1, pad: 'y'.repeat(20_000) };
    expect((await post(huge)).statusCode).toBe(413);
  });
});
