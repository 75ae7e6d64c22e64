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

/** Where a (possibly pruned) chain starts: the last entry before it, or nothing (seq 0, GENESIS). */
export interface ChainLink {
  seq: number;
  hash: string;
}

type Failure = Extract<VerifyResult, { ok: false }>;

/**
 * Checks entries one at a time in seq order (a long trail is read page by page). An edited entry no
 * longer matches its own hash ("altered"); a removed one leaves a gap in seq and a broken link
 * ("removed"); one slipped in, even with a correct hash of its own, breaks the link to the next or
 * repeats a seq ("inserted"). Without `after` the first entry given is taken as the start.
 */
export function chainVerifier(after?: ChainLink) {
  let prevHash = after?.hash ?? GENESIS;
  let expectedSeq: number | null = after ? after.seq + 1 : null;
  let checked = 0;
  return {
    check(entry: AuditEntry): Failure | null {
      const expected = expectedSeq ?? entry.seq;
      if (entryHash(entry) !== entry.hash) return { ok: false, checked, firstBadSeq: entry.seq, problem: 'altered' };
      if (entry.seq < expected) return { ok: false, checked, firstBadSeq: entry.seq, problem: 'inserted' };
      if (entry.seq > expected) return { ok: false, checked, firstBadSeq: expected, problem: 'removed' };
      if (entry.prevHash !== prevHash) {
        // A link that points elsewhere: either the one before was removed and replaced, or this one was slipped in.
        return { ok: false, checked, firstBadSeq: entry.seq, problem: checked === 0 ? 'removed' : 'inserted' };
      }
      prevHash = entry.hash;
      expectedSeq = entry.seq + 1;
      checked += 1;
      return null;
    },
    /**
     * After the last entry: the chain must end where its head says. Entries cut off the end are
     * "removed"; ones added past the head "inserted"; a last entry swapped for another "altered".
     */
    end(head?: ChainLink): VerifyResult {
      if (!head) return { ok: true, checked };
      const lastSeq = (expectedSeq ?? head.seq + 1) - 1;
      if (lastSeq < head.seq) return { ok: false, checked, firstBadSeq: lastSeq + 1, problem: 'removed' };
      if (lastSeq > head.seq) return { ok: false, checked: checked - (lastSeq - head.seq), firstBadSeq: head.seq + 1, problem: 'inserted' };
      if (prevHash !== head.hash) return { ok: false, checked, firstBadSeq: lastSeq, problem: 'altered' };
      return { ok: true, checked };
    },
  };
}

export function verifyChain(entries: readonly AuditEntry[], bounds: { after?: ChainLink; head?: ChainLink } = {}): VerifyResult {
  const verifier = chainVerifier(bounds.after);
  for (const entry of entries) {
    const failure = verifier.check(entry);
    if (failure) return failure;
  }
  return verifier.end(bounds.head);
}
