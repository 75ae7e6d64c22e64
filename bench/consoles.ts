/**
 * Many consoles open on the Health page, as plain HTTP clients that do what the page does: one
 * GET /api/console/health, the live stream GET /api/console/events (Server-Sent Events) held open,
 * a refetch with If-None-Match on every `snapshot` event, and one revalidation per poll interval (as a
 * refocus would) that must answer 304 while nothing changed. Meanwhile the simulator's request log
 * counts the list calls the Live Platform received: the mirror's, one per list per interval.
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { median } from './stats';

export interface ConsolesFigures {
  consoles: number;
  pollSeconds: number;
  /** The counting window, s (3 poll intervals, starting right after a poll). */
  windowSeconds: number;
  /** Calls the simulator received in the window, per list, and every other /api call. */
  customerListCalls: number;
  ovocListCalls: number;
  otherApiCalls: number;
  /** max(list calls) / intervals in the window: 1 means one read per interval for everyone. */
  listCallsPerInterval: number;
  /** Revalidations of an unchanged snapshot and how many answered 304 (no body). */
  revalidations: number;
  notModified: number;
  /** `snapshot` events received (all clients) and the refetches they caused. */
  snapshotEvents: number;
  /** First GET /api/console/health of each console, ms (median) and the answer's JSON size. */
  firstLoadMedianMs: number | null;
  healthBytes: number;
  /** The console server's resident memory now and its peak (VmRSS / VmHWM), MB; null off Linux. */
  serverRssMb: number | null;
  serverPeakRssMb: number | null;
}

const CUSTOMERS_PATH = '/api/v3/customer';
const OVOC_PATH = '/api/ovoc/v1/topology/services/';
const INTERVALS = 3;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Client {
  etag: string | null;
  statuses: number[];
  events: number;
  stop: AbortController;
}

async function getHealth(consoleUrl: string, client: Client, revalidate: boolean): Promise<{ status: number; bytes: number }> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (revalidate && client.etag) headers['if-none-match'] = client.etag;
  const response = await fetch(`${consoleUrl}/api/console/health`, { headers });
  const body = await response.text();
  if (response.status !== 200 && response.status !== 304) throw new Error(`GET /api/console/health answered ${response.status}: ${body.slice(0, 200)}`);
  client.etag = response.headers.get('etag') ?? client.etag;
  if (revalidate) client.statuses.push(response.status);
  return { status: response.status, bytes: body.length };
}

/** Reads the event stream until stopped; a `snapshot` event makes the client refetch, as the page does. */
async function follow(consoleUrl: string, client: Client): Promise<void> {
  const response = await fetch(`${consoleUrl}/api/console/events`, { headers: { accept: 'text/event-stream' }, signal: client.stop.signal });
  if (!response.ok || !response.body) throw new Error(`GET /api/console/events answered ${response.status}`);
  const decoder = new TextDecoder();
  let buffer = '';
  try {
    for await (const chunk of response.body) {
      buffer += decoder.decode(chunk, { stream: true });
      let end = buffer.indexOf('\n\n');
      while (end >= 0) {
        const event = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        if (/^event: snapshot$/m.test(event)) {
          client.events += 1;
          await getHealth(consoleUrl, client, false);
        }
        end = buffer.indexOf('\n\n');
      }
    }
  } catch (error) {
    if (!client.stop.signal.aborted) throw error;
  }
}

interface LoggedRequest {
  at: string;
  method: string;
  path: string;
}

async function simRequests(simUrl: string): Promise<LoggedRequest[]> {
  const response = await fetch(`${simUrl}/__sim/requests`);
  const body = (await response.json()) as { requests: LoggedRequest[] };
  return body.requests;
}

const isList = (entry: LoggedRequest, path: string) => entry.method === 'GET' && entry.path === path;

/** Resolves once the mirror has started a new read of both lists (so the window starts right after a poll). */
async function nextPoll(simUrl: string, timeoutMs: number): Promise<void> {
  const since = Date.now();
  const deadline = since + timeoutMs;
  while (Date.now() < deadline) {
    const requests = await simRequests(simUrl);
    const seen = (path: string) => requests.some((entry) => isList(entry, path) && Date.parse(entry.at) >= since);
    if (seen(CUSTOMERS_PATH) && seen(OVOC_PATH)) return;
    await sleep(200);
  }
  throw new Error(`no poll of the two lists within ${timeoutMs / 1000} s`);
}

function memoryMb(pid: number | null): { rss: number | null; peak: number | null } {
  if (pid === null) return { rss: null, peak: null };
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (name: string) => {
      const match = new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status);
      return match?.[1] ? (Number(match[1]) * 1024) / 1e6 : null;
    };
    return { rss: kb('VmRSS'), peak: kb('VmHWM') };
  } catch {
    return { rss: null, peak: null };
  }
}

export async function measureConsoles(options: { consoleUrl: string; simUrl: string; consolePid: number | null; consoles: number; pollSeconds: number }): Promise<ConsolesFigures> {
  const { consoleUrl, simUrl, consoles, pollSeconds } = options;
  const clients: Client[] = Array.from({ length: consoles }, () => ({ etag: null, statuses: [], events: 0, stop: new AbortController() }));
  const loads = await Promise.all(
    clients.map(async (client) => {
      const start = performance.now();
      const { bytes } = await getHealth(consoleUrl, client, false);
      return { ms: performance.now() - start, bytes };
    }),
  );
  const streams = clients.map((client) => follow(consoleUrl, client));
  try {
    // A poll may take longer than the interval at large sizes: allow two intervals and a minute.
    await nextPoll(simUrl, 2 * pollSeconds * 1000 + 60_000);
    const windowStart = Date.now();
    for (let i = 0; i < INTERVALS; i += 1) {
      await sleep(pollSeconds * 1000 - 500);
      // Just before the next poll: what a refocus would ask; the snapshot has not changed.
      await Promise.all(clients.map((client) => getHealth(consoleUrl, client, true)));
      await sleep(500);
    }
    const windowEnd = Date.now();
    const inWindow = (await simRequests(simUrl)).filter((entry) => {
      const at = Date.parse(entry.at);
      return at >= windowStart && at < windowEnd;
    });
    const customerListCalls = inWindow.filter((entry) => isList(entry, CUSTOMERS_PATH)).length;
    const ovocListCalls = inWindow.filter((entry) => isList(entry, OVOC_PATH)).length;
    const otherApiCalls = inWindow.filter((entry) => entry.path.startsWith('/api/') && !isList(entry, CUSTOMERS_PATH) && !isList(entry, OVOC_PATH)).length;
    const revalidations = clients.flatMap((client) => client.statuses);
    const memory = memoryMb(options.consolePid);
    return {
      consoles,
      pollSeconds,
      windowSeconds: (windowEnd - windowStart) / 1000,
      customerListCalls,
      ovocListCalls,
      otherApiCalls,
      listCallsPerInterval: Math.max(customerListCalls, ovocListCalls) / INTERVALS,
      revalidations: revalidations.length,
      notModified: revalidations.filter((status) => status === 304).length,
      snapshotEvents: clients.reduce((sum, client) => sum + client.events, 0),
      firstLoadMedianMs: median(loads.map((load) => load.ms)),
      healthBytes: loads[0]?.bytes ?? 0,
      serverRssMb: memory.rss,
      serverPeakRssMb: memory.peak,
    };
  } finally {
    for (const client of clients) client.stop.abort();
    await Promise.allSettled(streams);
  }
}
