import { createHash } from 'node:crypto';
import type { AuditEntry, AuditEntryInput, VerifyResult } from './audit-log';

/** The chain's start: the first entry's prevHash. */
export const GENESIS = '0'.repeat(64);

/** JSON with keys sorted at every level, so a hash never depends on property order. */
export function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

export function entryHash(fields: AuditEntryInput & { seq: number; at: string; prevHash: string }): string {
  const { seq, at, prevHash, actor, action, method, resource, shortName, guid, summary, outcome, requestId } = fields;
  return createHash('sha256').update(canonical({ seq, at, prevHash, actor, action, method, resource, shortName, guid, summary, outcome, requestId })).digest('hex');
}

export function sealEntry(input: AuditEntryInput, seq: number, at: string, prevHash: string): AuditEntry {
  const unsealed = { ...input, seq, at, prevHash };
  return { ...unsealed, hash: entryHash(unsealed) };
}

/**
 * Walks the entries in seq order. An edited entry no longer matches its own hash ("altered"); a
 * removed one leaves a gap in seq and a broken link ("removed"); one slipped in, even with a
 * correct hash of its own, breaks the link to the next or repeats a seq ("inserted").
 */
export function verifyChain(entries: readonly AuditEntry[]): VerifyResult {
  let prevHash = GENESIS;
  let expectedSeq = entries[0]?.seq ?? 1;
  let checked = 0;
  for (const entry of entries) {
    if (entryHash(entry) !== entry.hash) return { ok: false, checked, firstBadSeq: entry.seq, problem: 'altered' };
    if (entry.seq < expectedSeq) return { ok: false, checked, firstBadSeq: entry.seq, problem: 'inserted' };
    if (entry.seq > expectedSeq) return { ok: false, checked, firstBadSeq: expectedSeq, problem: 'removed' };
    if (entry.prevHash !== prevHash) {
      // A link that points elsewhere: either the one before was removed and replaced, or this one was slipped in.
      return { ok: false, checked, firstBadSeq: entry.seq, problem: checked === 0 ? 'removed' : 'inserted' };
    }
    prevHash = entry.hash;
    expectedSeq = entry.seq + 1;
    checked += 1;
  }
  return { ok: true, checked };
}
