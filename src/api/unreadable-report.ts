/**
 * Tells the console's server which rows of an answer could not be read, so the operator learns from
 * its log that the platform changed shape. Positions and field paths only, never values (they may be
 * personal data). Once per call per page load: a refetch of the same odd list says nothing new.
 */
import { useEffect } from 'react';
import * as z from 'zod/mini';
import { http } from './http';
import type { UnreadableRow } from './schemas';

export const UNREADABLE_REPORT_PATH = '/api/console/reports/unreadable';
/** The server's bound as well (server/http/unreadable-report.ts). */
export const REPORT_MAX_ROWS = 100;

const reported = new Set<string>();

export interface UnreadableReport {
  /** e.g. "GET /api/v3/customer". */
  call: string;
  rows: { index: number; path: string }[];
  /** How many rows could not be read in all (rows lists at most REPORT_MAX_ROWS). */
  total: number;
}

export function reportBody(call: string, unreadable: readonly UnreadableRow[]): UnreadableReport {
  return { call, rows: unreadable.slice(0, REPORT_MAX_ROWS).map(({ index, path }) => ({ index, path })), total: unreadable.length };
}

/** Sends the report once per call in this page load; a failure is ignored (the page already shows it). */
export function reportUnreadable(call: string, unreadable: readonly UnreadableRow[]): void {
  if (unreadable.length === 0 || reported.has(call)) return;
  reported.add(call);
  http(UNREADABLE_REPORT_PATH, { method: 'POST', body: reportBody(call, unreadable), schema: z.unknown() }).catch(() => undefined);
}

/** Tests only: forget what this load has reported. */
export function resetUnreadableReports(): void {
  reported.clear();
}

/** Reports the unreadable rows of `call` once the page has them (see reportUnreadable). */
export function useUnreadableReport(call: string, unreadable: readonly UnreadableRow[] | undefined): void {
  useEffect(() => {
    if (unreadable) reportUnreadable(call, unreadable);
  }, [call, unreadable]);
}
