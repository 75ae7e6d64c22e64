import type { AuditEntry, AuditEntryInput, AuditFilter, AuditLog } from './audit-log';
import { matchesFilter } from './filter';
import { GENESIS, sealEntry, verifyChain } from './hash-chain';

/** The audit trail in this process's memory, for unit tests (and servers they build without a store). */
export function createMemoryAuditLog(now: () => Date = () => new Date()): AuditLog & { readonly entries: AuditEntry[] } {
  const entries: AuditEntry[] = [];
  // Appends are serialised: each needs the hash of the one before.
  let tail: Promise<unknown> = Promise.resolve();
  return {
    entries,
    append(input: AuditEntryInput) {
      const next = tail.then(() => {
        const last = entries.at(-1);
        const entry = sealEntry(input, (last?.seq ?? 0) + 1, now().toISOString(), last?.hash ?? GENESIS);
        entries.push(entry);
        return entry;
      });
      tail = next.catch(() => undefined);
      return next;
    },
    async list(filter: AuditFilter = {}) {
      const found = entries.filter((entry) => matchesFilter(entry, filter)).reverse();
      return found.slice(0, filter.limit ?? 500);
    },
    async verify() {
      return verifyChain(entries);
    },
  };
}
