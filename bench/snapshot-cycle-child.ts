/**
 * Runs in its own process (started by snapshot-cycle.ts), so its memory is the mirror's alone: the
 * server's real Mirror over the real live upstream (token from the simulator's OAuth2 endpoint) and a
 * PGlite store in a fresh directory, as `npm run serve` has. Three cycles, each timed from the first
 * list request to the moment the mirror has its result:
 *   first      the first read: every service first seen, the whole history written;
 *   changed    one OVOC status flipped at the simulator, a forced refresh: a new version with 1 change;
 *   unchanged  a forced refresh with nothing changed: the read is compared and only marked checked.
 * Prints one JSON line (CycleReport) on stdout.
 */
import { performance } from 'node:perf_hooks';
import { DEFAULT_SCOPE } from '../server/config';
import { Mirror } from '../server/mirror/mirror';
import { CUSTOMERS_PATH, OVOC_SERVICES_PATH } from '../server/mirror/read-lists';
import { mirrorState } from '../server/store/queries';
import { openStore } from '../server/store/store';
import { createTokenProvider } from '../server/upstream/token';
import type { Upstream } from '../server/upstream/upstream';
import { createLiveUpstream } from '../server/upstream/upstream-live';

export interface CycleFigures {
  /** First list request -> the mirror has the result (snapshot event, or the store marked checked), ms. */
  totalMs: number;
  /** First list request -> both lists' bodies received (the simulator answering and the transfer), ms. */
  readMs: number;
  /** CPU time of this process over the cycle (user + system), ms: the work, whatever the machine's load. */
  cpuMs: number;
  /** Resident memory at the cycle's end and the process's peak so far, MB (10^6 bytes). */
  rssMb: number;
  peakRssMb: number;
  /** V8 heap in use after a full GC at the cycle's end, MB. */
  heapAfterGcMb: number | null;
}

export interface CycleReport {
  /** Resident memory once the store is open, before any read, MB. */
  startRssMb: number;
  first: CycleFigures;
  changed: CycleFigures;
  unchanged: CycleFigures;
}

const env = (name: string) => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is required`);
  return value;
};
const mb = (bytes: number) => bytes / 1e6;
const gc = (globalThis as { gc?: () => void }).gc;

/** The live upstream, noting when the first list request of a cycle left and when the last list body ended. */
function timedUpstream(upstream: Upstream) {
  const marks = { firstRequest: 0, lastBodyEnd: 0 };
  const isList = (path: string) => path === CUSTOMERS_PATH || path === OVOC_SERVICES_PATH;
  const timed: Upstream = async (request) => {
    if (isList(request.pathAndQuery) && marks.firstRequest === 0) marks.firstRequest = performance.now();
    const response = await upstream(request);
    if (isList(request.pathAndQuery)) response.body.once('end', () => (marks.lastBodyEnd = Math.max(marks.lastBodyEnd, performance.now())));
    return response;
  };
  return { upstream: timed, marks };
}

async function main(): Promise<void> {
  const simUrl = env('SIM_URL');
  const timeoutMs = 300_000;
  const store = await openStore({ kind: 'pglite', dataDir: env('CONSOLE_DATA_DIR') });
  const tokens = createTokenProvider({
    upstream: { tokenUrl: new URL(`${simUrl}/oauth2/v2.0/token`), clientId: env('CLIENT_ID'), clientSecret: env('CLIENT_SECRET'), scope: DEFAULT_SCOPE },
    timeoutMs,
  });
  const live = createLiveUpstream({ live: { baseUrl: new URL(simUrl) }, tokens, timeoutMs, userAgent: 'console-bench' });
  const { upstream, marks } = timedUpstream(live);
  const quiet = { info: () => undefined, warn: (object: object, message: string) => process.stderr.write(`${message} ${JSON.stringify(object)}\n`) };
  // A long interval: every read after the first is one the bench asks for.
  const mirror = new Mirror(store, upstream, { intervalMs: 86_400_000, historyDays: 90, log: quiet });
  let snapshots = 0;
  let failure: string | null = null;
  mirror.subscribe((event) => {
    if (event.type === 'snapshot') snapshots += 1;
    // A failed read makes the snapshot stale: stop rather than wait for a result that will not come.
    if (event.type === 'state' && event.data.stale) failure = event.data.stale.reason;
  });
  gc?.();
  const startRssMb = mb(process.memoryUsage().rss);

  const cycle = async (start: () => Promise<void>, done: () => Promise<boolean>): Promise<CycleFigures> => {
    marks.firstRequest = 0;
    marks.lastBodyEnd = 0;
    const cpu = process.cpuUsage();
    await start();
    while (!(await done())) {
      if (failure !== null) throw new Error(`the read failed: ${failure}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const end = performance.now();
    const used = process.cpuUsage(cpu);
    gc?.();
    return {
      totalMs: end - marks.firstRequest,
      readMs: marks.lastBodyEnd - marks.firstRequest,
      cpuMs: (used.user + used.system) / 1000,
      rssMb: mb(process.memoryUsage().rss),
      peakRssMb: process.resourceUsage().maxRSS / 1000,
      heapAfterGcMb: gc ? mb(process.memoryUsage().heapUsed) : null,
    };
  };
  const snapshotAfter = (count: number) => () => Promise.resolve(snapshots > count && marks.firstRequest > 0);

  const first = await cycle(async () => mirror.start(), snapshotAfter(0));
  const changed = await cycle(async () => {
    const flip = await fetch(`${simUrl}/__sim/ovoc-status/flip`, { method: 'POST' });
    if (!flip.ok) throw new Error(`flip answered ${flip.status}`);
    await mirror.requestRefresh(true);
  }, snapshotAfter(1));
  const checkedBefore = (await mirrorState(store.db)).checkedAt?.getTime() ?? 0;
  const unchanged = await cycle(
    async () => void (await mirror.requestRefresh(true)),
    async () => marks.firstRequest > 0 && ((await mirrorState(store.db)).checkedAt?.getTime() ?? 0) > checkedBefore,
  );
  if (snapshots !== 2) throw new Error(`expected 2 snapshots (first, changed), got ${snapshots}: the unchanged read made a new version`);
  await mirror.stop();
  await store.close();
  const report: CycleReport = { startRssMb, first, changed, unchanged };
  process.stdout.write(`${JSON.stringify(report)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`snapshot cycle failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
