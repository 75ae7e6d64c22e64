import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { SnapshotMeta, Timeline } from '../../src/api/schemas';
import { FIRST_ROWS_MAX, selectFirstHealthRows, type FirstHealthRows } from '../../src/api/schemas/health-first';
import { SNAPSHOT_COMPRESSION } from '../http/compression';
import { sendProblem } from '../http/problem';
import { changesOfServices, recentChanges, serviceSeen } from '../store/queries';
import { EventStreams } from './events';
import type { LoadedSnapshot, Mirror } from './mirror';
import { toStatusChange } from './status-change';

/**
 * /api/console/*: the snapshot's projections (ETag, 304), history, Refresh and live events.
 * Installed on the root instance (not an encapsulated plugin) so its hook sees the pass-through's
 * creates and deletes. The session guard in front of every /api call covers these routes.
 */

export interface ConsoleRoutesOptions {
  mirror: Mirror;
  /** How long a GET waits for the very first snapshot. */
  firstSnapshotWaitMs: number;
}

const MAX_RECENT = 5000;
/** A create or delete through the pass-through: the list changed, read it now. */
const CHANGES_LIST = /^\/api\/v2\/customer(\/[^/?]*)?(\?|$)/;

const hoursQuery = z.object({ hours: z.coerce.number().int().min(1).max(720).default(24) });
const daysQuery = z.object({ days: z.coerce.number().int().min(1).max(90).default(30) });
/** `?first=N`: only the first N services in the Health page's default order (src/api/schemas/health-first.ts). */
const firstQuery = z.object({ first: z.coerce.number().int().min(1).max(FIRST_ROWS_MAX).optional() });

function badQuery(reply: FastifyReply, error: z.ZodError): FastifyReply {
  const issue = error.issues[0];
  return sendProblem(reply, { title: 'Bad request', status: 400, detail: `${issue?.path.join('.') ?? 'query'}: ${issue?.message ?? 'invalid'}` });
}

export function installConsoleRoutes(app: FastifyInstance, options: ConsoleRoutesOptions): EventStreams {
  const { mirror } = options;
  const db = async () => (await mirror.storeReady).db;
  const streams = new EventStreams(mirror);

  function meta(snapshot: LoadedSnapshot): SnapshotMeta {
    const { stale } = mirror.current();
    return {
      version: snapshot.version,
      takenAt: snapshot.takenAt.toISOString(),
      servedAt: new Date().toISOString(),
      stale: stale ? { since: stale.since.toISOString(), reason: stale.reason } : null,
      skippedRows: snapshot.skipped,
      unreadableRows: snapshot.unreadable,
    };
  }

  async function snapshotOr503(reply: FastifyReply): Promise<LoadedSnapshot | null> {
    const snapshot = await mirror.waitForSnapshot(options.firstSnapshotWaitMs);
    if (snapshot) return snapshot;
    const reason = mirror.current().stale?.reason;
    reply.header('retry-after', '5');
    sendProblem(reply, { title: 'No snapshot yet', status: 503, detail: reason ?? 'The first read of the Live Platform has not finished yet.' });
    return null;
  }

  /** The ETag changes with the version and when the snapshot turns stale or fresh. */
  function etagOf(snapshot: LoadedSnapshot): string {
    const stale = mirror.current().stale;
    return `W/"${snapshot.version}-${stale ? `s${stale.since.getTime()}` : 'f'}"`;
  }

  /** Sets the snapshot's ETag; true when the browser already has this version and got a 304. */
  function answeredUnchanged(request: FastifyRequest, reply: FastifyReply, snapshot: LoadedSnapshot): boolean {
    const etag = etagOf(snapshot);
    reply.header('etag', etag).header('cache-control', 'no-cache');
    const ifNoneMatch = request.headers['if-none-match'];
    if (!ifNoneMatch?.split(',').some((tag) => tag.trim() === etag)) return false;
    void reply.code(304).send();
    return true;
  }

  function projection(pick: (snapshot: LoadedSnapshot) => string) {
    return async (request: FastifyRequest, reply: FastifyReply) => {
      const snapshot = await snapshotOr503(reply);
      if (!snapshot) return reply;
      if (answeredUnchanged(request, reply, snapshot)) return reply;
      // Rows are served as stored; only the small envelope is written per answer.
      const body = `{"meta":${JSON.stringify(meta(snapshot))},"rows":${pick(snapshot)}}`;
      return reply.header('content-type', 'application/json; charset=utf-8').send(body);
    };
  }

  app.get('/api/console/services', { compress: SNAPSHOT_COMPRESSION }, projection((snapshot) => snapshot.servicesJson));
  // The first rows are picked once per snapshot version (one parse of the stored rows, ~0.3-1 s at
  // 50,000), as soon as the version arrives, so a page's first request does not wait for it.
  let firstRows: { version: number; rows: FirstHealthRows } | null = null;
  const firstRowsOf = (snapshot: LoadedSnapshot): FirstHealthRows => {
    if (firstRows?.version !== snapshot.version) {
      firstRows = { version: snapshot.version, rows: selectFirstHealthRows(JSON.parse(snapshot.healthJson) as unknown[], FIRST_ROWS_MAX) };
    }
    return firstRows.rows;
  };
  mirror.subscribe((event) => {
    if (event.type !== 'snapshot') return;
    setImmediate(() => {
      const { snapshot } = mirror.current();
      if (snapshot) firstRowsOf(snapshot);
    });
  });
  const wholeHealth = projection((snapshot) => snapshot.healthJson);

  app.get('/api/console/health', { compress: SNAPSHOT_COMPRESSION }, async (request, reply) => {
    const query = firstQuery.safeParse(request.query);
    if (!query.success) return badQuery(reply, query.error);
    const first = query.data.first;
    if (first === undefined) return wholeHealth(request, reply);
    const snapshot = await snapshotOr503(reply);
    if (!snapshot) return reply;
    if (answeredUnchanged(request, reply, snapshot)) return reply;
    const picked = firstRowsOf(snapshot);
    return { meta: meta(snapshot), rows: picked.rows.slice(0, first), total: picked.total, statusCounts: picked.statusCounts };
  });

  app.get('/api/console/changes', async (request, reply) => {
    const query = hoursQuery.safeParse(request.query);
    if (!query.success) return badQuery(reply, query.error);
    const snapshot = await snapshotOr503(reply);
    if (!snapshot) return reply;
    const from = new Date(Date.now() - query.data.hours * 3_600_000);
    const changes = await recentChanges(await db(), from, MAX_RECENT);
    reply.header('cache-control', 'no-store');
    return { meta: meta(snapshot), from: from.toISOString(), changes: changes.map(toStatusChange) };
  });

  async function timeline(keys: string[], days: number): Promise<Timeline> {
    const to = new Date();
    const from = new Date(to.getTime() - days * 86_400_000);
    const changes = await changesOfServices(await db(), keys, from);
    return { from: from.toISOString(), to: to.toISOString(), keys, changes: changes.map(toStatusChange) };
  }

  app.get<{ Params: { key: string } }>('/api/console/health/:key/timeline', async (request, reply) => {
    const query = daysQuery.safeParse(request.query);
    if (!query.success) return badQuery(reply, query.error);
    const { key } = request.params;
    if (!(await serviceSeen(await db(), key))) return sendProblem(reply, { title: 'Not Found', status: 404, detail: 'No such OVOC service in the history' });
    reply.header('cache-control', 'no-store');
    return timeline([key], query.data.days);
  });

  app.get<{ Params: { guid: string } }>('/api/console/customers/:guid/timeline', async (request, reply) => {
    const query = daysQuery.safeParse(request.query);
    if (!query.success) return badQuery(reply, query.error);
    if (!(await snapshotOr503(reply))) return reply;
    reply.header('cache-control', 'no-store');
    return timeline(mirror.keysOfCustomer(request.params.guid), query.data.days);
  });

  app.post('/api/console/refresh', async (_request, reply) => {
    const answer = await mirror.requestRefresh(false);
    reply.code(202).header('cache-control', 'no-store');
    if (!answer.accepted) reply.header('retry-after', String(answer.retryAfterSeconds));
    return { ...answer, version: mirror.current().snapshot?.version ?? 0 };
  });

  app.get('/api/console/events', (request, reply) => {
    streams.serve(request, reply);
  });

  app.addHook('onResponse', async (request, reply) => {
    if ((request.method === 'POST' || request.method === 'DELETE') && reply.statusCode < 300 && CHANGES_LIST.test(request.url)) {
      await mirror.requestRefresh(true).catch((error: unknown) => request.log.warn({ reason: error instanceof Error ? error.message : String(error) }, 'mirror: refresh request failed'));
    }
  });
  app.addHook('preClose', async () => {
    streams.closeAll();
  });
  return streams;
}
