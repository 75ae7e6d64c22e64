/**
 * The health index across its worker boundary: the worker's real handler (answerHealthRequest)
 * against the simulator, its answer passed through structuredClone as postMessage would, and the
 * page's side (fetchHealthLookup) with and without a Worker.
 */
import { http as mswHttp, HttpResponse } from 'msw';
import { ROUTES } from '../../../simulator/faults';
import { startSimServer } from '../../test/sim-server';
import { ApiError } from '../errors';
import { isSignInRequired } from '../session';
import { fetchHealthLookup } from './client';
import { answerHealthRequest, OVOC_SERVICES_PATH } from './load';
import { customersOf, joinHealth } from './projection';
import { readResponse, type HealthRequest, type HealthResponse } from './wire';

const sim = startSimServer({ now: new Date('2026-03-01T12:00:00Z') });

/** What the page receives from the worker: the handler's answer after a structured clone. */
const acrossWorker = async (request: HealthRequest) => readResponse(structuredClone(await answerHealthRequest(structuredClone(request))));

/** Stands in for the browser's Worker: runs the real worker handler, messages cloned both ways. */
class FakeWorker {
  static created = 0;
  static terminated = 0;
  static failToStart = false;
  onmessage: ((event: MessageEvent<HealthResponse>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;

  constructor() {
    FakeWorker.created += 1;
  }

  postMessage(request: HealthRequest): void {
    if (FakeWorker.failToStart) {
      queueMicrotask(() => this.onerror?.(new ErrorEvent('error', { message: 'blocked by CSP', cancelable: true })));
      return;
    }
    void answerHealthRequest(structuredClone(request)).then((response) => {
      this.onmessage?.(new MessageEvent('message', { data: structuredClone(response) }));
    });
  }

  terminate(): void {
    FakeWorker.terminated += 1;
  }
}

beforeEach(() => {
  FakeWorker.created = 0;
  FakeWorker.terminated = 0;
  FakeWorker.failToStart = false;
});
afterEach(() => vi.unstubAllGlobals());

describe('health index worker protocol', () => {
  it('answers with the same health as joining OVOC services in place', async () => {
    const rows = sim.store.listCustomers();
    const index = await acrossWorker(customersOf(rows));
    const expected = joinHealth(rows, sim.store.listOvocServices());
    expect(index.codes).toHaveLength(rows.length);
    rows.forEach((row, at) => {
      const code = index.codes[at] ?? 0;
      expect(code === 0 ? undefined : index.results[code - 1]).toEqual(expected.get(row));
    });
    expect(sim.requests).toEqual(['GET /api/ovoc/v1/topology/services/']);
  });

  it('brings a failure back as the same ApiError (status, title, kind)', async () => {
    sim.store.faults.set(ROUTES.ovocServices, { status: 503 });
    const failure = await acrossWorker(customersOf(sim.store.listCustomers())).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ApiError);
    expect(failure).toMatchObject({ kind: 'http', status: 503, method: 'GET', url: OVOC_SERVICES_PATH });
  });

  it('brings a lost session back as the 401 that sends the page through sign-in', async () => {
    sim.use(mswHttp.get(`*${OVOC_SERVICES_PATH}`, () => HttpResponse.json({ title: 'Sign-in required', status: 401 }, { status: 401 })));
    const failure = await acrossWorker(customersOf(sim.store.listCustomers())).catch((error: unknown) => error);
    expect(isSignInRequired(failure)).toBe(true);
  });

  it('brings unreadable data back as a parse error with where it was wrong', async () => {
    sim.use(mswHttp.get(`*${OVOC_SERVICES_PATH}`, () => HttpResponse.json({ services: 'none' })));
    const failure = await acrossWorker(customersOf(sim.store.listCustomers())).catch((error: unknown) => error);
    expect(failure).toMatchObject({ kind: 'parse', status: 200 });
    expect(failure).toHaveProperty('message', expect.stringMatching(/^Unexpected data from the server/));
  });
});

describe('fetchHealthLookup', () => {
  it('works in place where there is no Worker (jsdom)', async () => {
    expect(typeof Worker).toBe('undefined');
    const rows = sim.store.listCustomers();
    expect(await fetchHealthLookup(rows)).toEqual(joinHealth(rows, sim.store.listOvocServices()));
  });

  it('uses a worker when there is one, and terminates it once it has answered', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const rows = sim.store.listCustomers();
    expect(await fetchHealthLookup(rows)).toEqual(joinHealth(rows, sim.store.listOvocServices()));
    expect([FakeWorker.created, FakeWorker.terminated]).toEqual([1, 1]);
  });

  it('does the work in place when the worker cannot start', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    FakeWorker.failToStart = true;
    const rows = sim.store.listCustomers();
    expect(await fetchHealthLookup(rows)).toEqual(joinHealth(rows, sim.store.listOvocServices()));
    expect(FakeWorker.terminated).toBe(1);
  });

  it('stops the worker and rejects as cancelled when the caller aborts', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    sim.store.faults.set(ROUTES.ovocServices, { delayMs: 400 });
    const controller = new AbortController();
    const pending = fetchHealthLookup(sim.store.listCustomers(), controller.signal);
    controller.abort();
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
    expect(FakeWorker.terminated).toBe(1);
  });
});
