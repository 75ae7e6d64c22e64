/**
 * The console server's audit routes for page tests (/api/console/audit and /verify): entries the
 * test seeds, filtered with the server's own matcher (server/audit/filter.ts), and a verify answer
 * the test sets.
 */
import { http, HttpResponse } from 'msw';
import { matchesFilter } from '../../server/audit/filter';
import type { AuditFilter } from '../api/schemas/audit';
import type { AuditEntry, VerifyResult } from '../api/schemas/audit';

export interface AuditStandIn {
  entries: AuditEntry[];
  verify: VerifyResult;
  /** The query strings the page asked the list with. */
  readonly asked: URLSearchParams[];
}

export function createAuditStandIn(): AuditStandIn {
  return { entries: [], verify: { ok: true, checked: 0 }, asked: [] };
}

let seq = 0;

/** An entry with plain defaults; numbered in the order made. */
export function auditEntry(overrides: Partial<AuditEntry> = {}): AuditEntry {
  seq += 1;
  return {
    seq,
    at: new Date(Date.UTC(2026, 2, 1, 9, seq)).toISOString(),
    actor: { subject: 'omar', name: 'Omar Sales', email: 'omar@provider.example', role: 'onboarding' },
    action: 'create',
    method: 'POST',
    resource: '/api/v2/customer',
    shortName: 'AcmeCo',
    guid: null,
    summary: { shortName: 'AcmeCo' },
    outcome: { status: 200, ok: true, note: null, errorTicket: null, traceId: null, durationMs: 40 },
    requestId: `req-${seq}`,
    prevHash: '0'.repeat(64),
    hash: 'f'.repeat(64),
    ...overrides,
  };
}

export function auditHandlers(state: () => AuditStandIn) {
  return [
    http.get('*/api/console/audit', ({ request }) => {
      const params = new URL(request.url).searchParams;
      state().asked.push(params);
      const filter = Object.fromEntries(params) as AuditFilter;
      const entries = state()
        .entries.filter((entry) => matchesFilter(entry, filter))
        .sort((a, b) => b.seq - a.seq);
      return HttpResponse.json({ entries });
    }),
    http.get('*/api/console/audit/verify', () => HttpResponse.json(state().verify)),
  ];
}
