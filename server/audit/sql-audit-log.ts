import { sql, type Kysely } from 'kysely';
import type { Store } from '../store/store';
import type { Database } from '../store/tables';
import type { AuditEntry, AuditEntryInput, AuditFilter, AuditLog, VerifyResult } from './audit-log';
import { fromRow, storable, toRow } from './audit-rows';
import type { AuditTables } from './audit-tables';
import { chainVerifier, sealEntry } from './hash-chain';

/**
 * The audit trail in the store (PGlite or PostgreSQL). Each append locks the chain's head row
 * (SELECT ... FOR UPDATE), so instances sharing one database append one after another and each
 * entry hashes the one before it. Rows are only ever inserted; prune() removes whole days past
 * retention and records where the chain now starts, so verify() still checks every link.
 */

type AuditDb = Kysely<Database & AuditTables>;

const PAGE = 1000;
const DAY_MS = 86_400_000;

export type SqlAuditLog = Required<AuditLog>;

/** `%` and `_` in a person's search text are letters, not wildcards. */
function like(text: string): string {
  return `%${text.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

function validDate(text: string | undefined): Date | null {
  if (!text) return null;
  const date = new Date(text);
  return Number.isNaN(date.getTime()) ? null : date;
}

export function createSqlAuditLog(store: Store | Promise<Store>, now: () => Date = () => new Date()): SqlAuditLog {
  // The demo's in-memory store opens while the server already answers.
  const database = async (): Promise<AuditDb> => (await store).db.withTables<AuditTables>();

  async function append(input: AuditEntryInput): Promise<AuditEntry> {
    const db = await database();
    const clean = storable(input);
    return db.transaction().execute(async (trx) => {
      const head = await trx.selectFrom('audit_chain').select(['last_seq', 'last_hash']).where('id', '=', 1).forUpdate().executeTakeFirstOrThrow();
      // Taken under the lock, so times follow the order of the chain.
      const entry = sealEntry(clean, Number(head.last_seq) + 1, now().toISOString(), head.last_hash);
      await trx.insertInto('audit_entry').values(toRow(entry)).execute();
      await trx.updateTable('audit_chain').set({ last_seq: entry.seq, last_hash: entry.hash }).where('id', '=', 1).execute();
      return entry;
    });
  }

  async function list(filter: AuditFilter = {}): Promise<AuditEntry[]> {
    const db = await database();
    let query = db.selectFrom('audit_entry').selectAll();
    if (filter.person) {
      const person = like(filter.person);
      query = query.where((eb) =>
        eb.or([eb(sql`lower(actor_subject)`, 'like', person), eb(sql`lower(actor_name)`, 'like', person), eb(sql`lower(actor_email)`, 'like', person)]),
      );
    }
    if (filter.action) query = query.where('action', '=', filter.action);
    if (filter.outcome) query = query.where('ok', '=', filter.outcome === 'ok');
    const from = validDate(filter.from);
    if (from) query = query.where('at', '>=', from);
    const to = validDate(filter.to);
    if (to) query = query.where('at', '<=', to);
    const { guid, shortName } = filter;
    if (guid) {
      // A create has no guid yet (the Live Platform answers a task): it is found by the customer's short name.
      query = query.where((eb) =>
        eb.or([
          eb(sql`lower(guid)`, '=', guid.toLowerCase()),
          ...(shortName ? [eb.and([eb('guid', 'is', null), eb('action', '=', 'create'), eb(sql`lower(short_name)`, '=', shortName.toLowerCase())])] : []),
        ]),
      );
    }
    if (filter.q) {
      const q = like(filter.q);
      const columns = ['actor_name', 'actor_email', 'resource', 'short_name', 'guid', 'method'] as const;
      query = query.where((eb) => eb.or(columns.map((column) => eb(sql`lower(${sql.ref(column)})`, 'like', q))));
    }
    const rows = await query.orderBy('seq', 'desc').limit(filter.limit ?? 500).execute();
    return rows.map(fromRow);
  }

  async function verify(): Promise<VerifyResult> {
    const db = await database();
    // One snapshot of the whole trail: appends and prunes meanwhile neither break nor hide a link.
    return db
      .transaction()
      .setIsolationLevel('repeatable read')
      .execute(async (trx) => {
        const head = await trx.selectFrom('audit_chain').selectAll().where('id', '=', 1).executeTakeFirstOrThrow();
        const verifier = chainVerifier({ seq: Number(head.pruned_seq), hash: head.pruned_hash });
        let after = Number(head.pruned_seq);
        // Rows with a seq at or below the pruned point were slipped in (or left behind).
        const stray = await trx.selectFrom('audit_entry').select('seq').where('seq', '<=', after).orderBy('seq').limit(1).executeTakeFirst();
        if (stray) return { ok: false, checked: 0, firstBadSeq: Number(stray.seq), problem: 'inserted' };
        for (;;) {
          const rows = await trx.selectFrom('audit_entry').selectAll().where('seq', '>', after).orderBy('seq').limit(PAGE).execute();
          for (const row of rows) {
            const failure = verifier.check(fromRow(row));
            if (failure) return failure;
          }
          const last = rows.at(-1);
          if (!last || rows.length < PAGE) break;
          after = Number(last.seq);
        }
        return verifier.end({ seq: Number(head.last_seq), hash: head.last_hash });
      });
  }

  async function prune(days: number): Promise<number> {
    const db = await database();
    const today = Math.floor(now().getTime() / DAY_MS) * DAY_MS;
    const cutoff = new Date(today - days * DAY_MS);
    return db.transaction().execute(async (trx) => {
      await trx.selectFrom('audit_chain').select('id').where('id', '=', 1).forUpdate().execute();
      // The chain is cut at a seq, never in its middle: up to the last entry of the days past retention.
      const last = await trx.selectFrom('audit_entry').select(['seq', 'hash']).where('at', '<', cutoff).orderBy('seq', 'desc').limit(1).executeTakeFirst();
      if (!last) return 0;
      const removed = await trx.deleteFrom('audit_entry').where('seq', '<=', Number(last.seq)).executeTakeFirst();
      await trx.updateTable('audit_chain').set({ pruned_seq: Number(last.seq), pruned_hash: last.hash }).where('id', '=', 1).execute();
      return Number(removed.numDeletedRows);
    });
  }

  return { append, list, verify, prune };
}
