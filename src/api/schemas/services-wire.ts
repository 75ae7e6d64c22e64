/**
 * The services answer's compact wire form (GET /api/console/services), as health-wire.ts is for Health:
 * one array per customer instead of one object, the Health cell as a nested array and its "since" as epoch
 * milliseconds. At 50,000 customers the object form was ~18.5 MB of JSON, most of it key names repeated in
 * every row. The decoded rows are `ConsoleServiceRow`s, so nothing above the query sees the wire.
 * docs/console-api.md shows the columns; the round trip is tested in services-wire.test.ts.
 */
import * as z from 'zod/mini';
import { consoleServiceRowSchema, snapshotMetaSchema, withUnreadableRows, type ConsoleServiceRow, type ConsoleServices, type RowHealth, type Since } from './console-snapshot';
import type { UnreadableRow } from './tolerant';

/** The order of a row's cells. Grows only at the end, so a newer page still reads an older server's rows. */
export const SERVICE_COLUMNS = [
  'umpCustomerGuid', 'customerShortName', 'customerFullName', 'licenseType', 'licensedUsersCount', 'msTenantId',
  'activeUserCount', 'liveHubActiveUsersCount', 'liveHubSimpleUsersCount', 'health', '$unfit',
] as const;

type Cell = unknown;
const UNFIT = SERVICE_COLUMNS.indexOf('$unfit');

/** The Health cell: `[key, count, matchedBy, query | null, [sinceEpochMs, atLeast 0|1] | null]`. */
function healthCell(health: RowHealth | null): Cell {
  if (!health) return null;
  const since = health.since ? [Date.parse(health.since.at), health.since.atLeast ? 1 : 0] : null;
  return [health.key, health.count, health.matchedBy, health.query ?? null, since];
}

/** One row in SERVICE_COLUMNS order; `$unfit` (the reader's marks) only when there are any, so most rows end at `health`. */
export function encodeServiceRow(row: ConsoleServiceRow): Cell[] {
  const cells: Cell[] = [
    row.umpCustomerGuid, row.customerShortName, row.customerFullName, row.licenseType, row.licensedUsersCount, row.msTenantId,
    row.activeUserCount, row.liveHubActiveUsersCount, row.liveHubSimpleUsersCount, healthCell(row.health),
  ];
  if (row.$unfit) cells[UNFIT] = row.$unfit;
  return cells;
}

export const encodeServiceRows = (rows: readonly ConsoleServiceRow[]): Cell[][] => rows.map(encodeServiceRow);

const unfitSchema = consoleServiceRowSchema.shape.$unfit;

/**
 * Reads rows written by `encodeServiceRow`. A cell of the wrong type reads as null (a Health cell that
 * does not fit reads as "no match"); a row that is not an array with a text short name is left out and
 * reported. The object form of a server from before the compact one is still read. Repeated status
 * words, equal "since" values and equal health results share one instance (rows never change theirs).
 */
export function decodeServiceRows(input: readonly unknown[]): { rows: ConsoleServiceRow[]; unreadable: UnreadableRow[] } {
  const words = new Map<string, string>();
  const sinces = new Map<string, Since>();
  const word = (value: string): string => {
    const known = words.get(value);
    if (known !== undefined) return known;
    words.set(value, value);
    return value;
  };
  const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);
  const number = (value: unknown): number | null => (typeof value === 'number' ? value : null);
  const readSince = (value: unknown): Since | null => {
    if (!Array.isArray(value) || typeof value[0] !== 'number' || !Number.isFinite(value[0])) return null;
    const at = value[0];
    const atLeast = value[1] === 1;
    const id = `${at}${atLeast ? '+' : ''}`;
    let since = sinces.get(id);
    if (!since) {
      since = { at: new Date(at).toISOString(), atLeast };
      sinces.set(id, since);
    }
    return since;
  };
  // Equal results share one object, found without building a key: since (shared above) -> key -> slot.
  const healths = new Map<Since | null, Map<string, RowHealth[]>>();
  const sharedHealth = (key: string, count: number, matchedBy: 'id' | 'name', since: Since | null): RowHealth => {
    let byKey = healths.get(since);
    if (!byKey) healths.set(since, (byKey = new Map()));
    let slots = byKey.get(key);
    if (!slots) byKey.set(key, (slots = []));
    const slot = count * 2 + (matchedBy === 'name' ? 1 : 0);
    return (slots[slot] ??= { key, count, matchedBy, since });
  };
  const readHealth = (value: unknown): RowHealth | null => {
    if (!Array.isArray(value)) return null;
    const [key, count, matchedBy, query, since] = value as unknown[];
    if (typeof key !== 'string' || typeof count !== 'number' || (matchedBy !== 'id' && matchedBy !== 'name')) return null;
    // A row's own search (its service is named unlike it) and an odd count are not shared.
    if (typeof query === 'string' || !Number.isInteger(count) || count < 0 || count > 1000) {
      return { key: word(key), count, matchedBy, ...(typeof query === 'string' ? { query } : {}), since: readSince(since) };
    }
    return sharedHealth(word(key), count, matchedBy, readSince(since));
  };

  const rows: ConsoleServiceRow[] = [];
  const unreadable: UnreadableRow[] = [];
  input.forEach((cells, index) => {
    if (!Array.isArray(cells)) {
      // The object form, as a server from before the compact form stored its snapshot.
      const row = z.safeParse(consoleServiceRowSchema, cells);
      if (row.success) rows.push(row.data);
      else unreadable.push({ index, path: '', value: cells });
      return;
    }
    const shortName = text(cells[1]);
    if (shortName === null) {
      unreadable.push({ index, path: '[1]', value: cells[1] });
      return;
    }
    const row: ConsoleServiceRow = {
      umpCustomerGuid: text(cells[0]),
      customerShortName: shortName,
      customerFullName: text(cells[2]),
      licenseType: number(cells[3]),
      licensedUsersCount: number(cells[4]),
      msTenantId: text(cells[5]),
      activeUserCount: number(cells[6]),
      liveHubActiveUsersCount: number(cells[7]),
      liveHubSimpleUsersCount: number(cells[8]),
      health: readHealth(cells[9]),
    };
    if (cells[UNFIT] !== undefined && cells[UNFIT] !== null) {
      const unfit = z.safeParse(unfitSchema, cells[UNFIT]);
      if (unfit.success && unfit.data) row.$unfit = unfit.data;
    }
    rows.push(row);
  });
  return { rows, unreadable };
}

/** GET /api/console/services: the snapshot's meta and its customers, decoded from the compact rows. */
export const consoleServicesSchema = z.pipe(
  z.object({ meta: snapshotMetaSchema, rows: z.custom<readonly unknown[]>((value) => Array.isArray(value)) }),
  z.transform(({ meta, rows }): ConsoleServices => {
    const read = decodeServiceRows(rows);
    return { meta: withUnreadableRows(meta, 'customers', read.unreadable), rows: read.rows };
  }),
);
