/**
 * POST /api/console/reports/unreadable: the browser reads the pass-through answers, so it is the one that
 * sees rows it could not read; it tells the server once per load, and the server logs it at warn level so
 * an operator learns that the platform changed shape. Positions and field paths only: the body has no
 * place for values, and a path that is not a plain field path is refused (a key could carry data).
 */
import type { FastifyInstance, FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import { sendProblem } from './problem';

export const UNREADABLE_REPORT_PATH = '/api/console/reports/unreadable';
const MAX_ROWS = 100;
/** A report is small: 100 rows of position and path. */
const BODY_LIMIT = 16 * 1024;
/** One log line per call and path per this long, however many browsers report it. */
export const REPORT_QUIET_MS = 10 * 60_000;
const MAX_REMEMBERED = 1_000;

// The calls the console reads (a template, never an id), and field paths as locateInRow writes them.
const CALL = /^(GET|PUT|POST) \/api\/[A-Za-z0-9_/{}?=&.-]{1,150}$/;
const PATH = /^[A-Za-z0-9_$.[\]-]{0,150}$/;

const reportSchema = z.strictObject({
  call: z.string().regex(CALL),
  rows: z.array(z.strictObject({ index: z.number().int().min(0).max(10_000_000), path: z.string().regex(PATH) })).min(1).max(MAX_ROWS),
  total: z.number().int().min(1).max(10_000_000),
});

export interface ReportOptions {
  now?: () => number;
}

export function unreadableReportRoutes(options: ReportOptions = {}): FastifyPluginAsync {
  const now = options.now ?? Date.now;
  const lastLogged = new Map<string, number>();
  return async (app: FastifyInstance) => {
    app.post(UNREADABLE_REPORT_PATH, { bodyLimit: BODY_LIMIT }, async (request, reply) => {
      const parsed = reportSchema.safeParse(request.body);
      if (!parsed.success) return sendProblem(reply, { title: 'Bad Request', status: 400, detail: 'Not a report of unreadable rows.' });
      const { call, rows, total } = parsed.data;
      const at = now();
      const fresh = rows.filter(({ path }) => {
        const key = `${call} ${path}`;
        const last = lastLogged.get(key);
        if (last !== undefined && at - last < REPORT_QUIET_MS) return false;
        if (lastLogged.size >= MAX_REMEMBERED) lastLogged.clear();
        lastLogged.set(key, at);
        return true;
      });
      const freshPaths = new Set(fresh.map((row) => row.path));
      if (freshPaths.size > 0) {
        const byPath = [...freshPaths].map((path) => ({ path: path === '' ? '(the whole row)' : path, rows: rows.filter((row) => row.path === path).map((row) => row.index) }));
        request.log.warn({ call, total, fields: byPath }, 'Live Platform sent rows the console could not read');
      }
      return reply.code(204).send();
    });
  };
}
