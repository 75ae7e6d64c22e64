/**
 * The Health page's first screenful (GET /api/console/health?first=N): the first N services in the
 * page's default order (domain/health-order.ts), the number of services and the count per status. At
 * 50,000 services the whole answer is ~25 MB of JSON, seconds of transfer and parse before a row could
 * be drawn; this is a few kB, so the page shows its first rows at once and the rest when they arrive.
 * The server picks the rows (selectFirstHealthRows) from the rows it stores; the page decodes them
 * exactly as the whole answer's (decodeHealthRows).
 */
import * as z from 'zod/mini';
import { compareDefaultOrder, serviceDisplayName, type OrderedService } from '../../domain/health-order';
import { statusCountsOf, statusKey, statusRank } from '../../domain/ovoc-status-counts';
import { snapshotMetaSchema } from './console-snapshot';
import { decodeHealthRows } from './health-wire';

/** The most rows a first-rows answer holds (a tall screen's worth and more). */
export const FIRST_ROWS_MAX = 200;
/** What the page asks for: a screenful with the virtual table's overscan, and some to scroll. */
export const FIRST_ROWS_PAGE = 60;

export interface FirstHealthRows {
  /** Wire rows (HEALTH_COLUMNS order), as stored. */
  rows: unknown[];
  /** Readable services in the whole answer. */
  total: number;
  /** Services per status key of the whole answer. */
  statusCounts: Array<[string, number]>;
}

const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);

/**
 * The first `limit` of the wire rows in the default order. Only rows decodeHealthRows reads as services
 * count (arrays with a text key); rows in the older object form are counted by their status but never
 * picked (no server writes them any more). Positions are those of the whole answer, as on the page.
 */
export function selectFirstHealthRows(wire: readonly unknown[], limit: number): FirstHealthRows {
  const tally = new Map<string, number>();
  const candidates: Array<OrderedService & { cells: unknown[] }> = [];
  let total = 0;
  wire.forEach((cells, index) => {
    if (!Array.isArray(cells)) {
      if (cells !== null && typeof cells === 'object') {
        const key = statusKey(text((cells as { status?: unknown }).status));
        tally.set(key, (tally.get(key) ?? 0) + 1);
        total += 1;
      }
      return;
    }
    const key = text(cells[0]);
    if (key === null) return;
    const status = statusKey(text(cells[14]));
    tally.set(status, (tally.get(status) ?? 0) + 1);
    total += 1;
    const id = typeof cells[1] === 'number' ? cells[1] : null;
    const name = serviceDisplayName({ name: text(cells[5]), serviceName: text(cells[6]), fullName: text(cells[7]), id }, index);
    candidates.push({ statusKey: status, name, key, cells });
  });
  // Only the most urgent statuses' rows need sorting (sorting all 50,000 by name took most of the time).
  const byRank = new Map<number, typeof candidates>();
  for (const row of candidates) {
    const rank = statusRank(row.statusKey);
    const bucket = byRank.get(rank);
    if (bucket) bucket.push(row);
    else byRank.set(rank, [row]);
  }
  const picked: unknown[] = [];
  for (const rank of [...byRank.keys()].sort((a, b) => a - b)) {
    if (picked.length >= limit) break;
    const bucket = byRank.get(rank) ?? [];
    for (const row of bucket.sort(compareDefaultOrder).slice(0, limit - picked.length)) picked.push(row.cells);
  }
  return { rows: picked, total, statusCounts: [...tally] };
}

/** GET /api/console/health?first=N, decoded: the rows as the whole answer's, the counts as countStatuses gives them. */
export const consoleHealthFirstSchema = z.pipe(
  z.object({
    meta: snapshotMetaSchema,
    rows: z.custom<readonly unknown[]>((value) => Array.isArray(value)),
    total: z.number(),
    statusCounts: z.array(z.tuple([z.string(), z.number()])),
  }),
  z.transform(({ meta, rows, total, statusCounts }) => ({
    meta,
    rows: decodeHealthRows(rows).rows,
    total,
    statusCounts: statusCountsOf(statusCounts),
  })),
);
export type ConsoleHealthFirst = z.output<typeof consoleHealthFirstSchema>;
