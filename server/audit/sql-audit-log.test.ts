// @vitest-environment node
import { sql } from 'kysely';
import { freshTestDatabase, OPEN_TIMEOUT_MS } from '../store/engines';
import { openStore, type Store } from '../store/store';
import type { AuditEntryInput } from './audit-log';
import { sealEntry } from './hash-chain';
import { toRow } from './audit-rows';
import { createSqlAuditLog } from './sql-audit-log';

/** The store's audit trail on both engines: append-only, chained, verified, pruned by whole days. */

const input = (n: number, overrides: Partial<AuditEntryInput> = {}): AuditEntryInput => ({
  actor: { subject: `s${n}`, name: `Person ${n}`, email: `p${n}@example.com`, role: 'onboarding' },
  action: 'create',
  method: 'POST',
  resource: '/api/v2/customer',
  shortName: `Cust${n}`,
  guid: null,
  summary: { shortName: `Cust${n}`, nested: { b: 1, a: [true, null, 'x'] } },
  outcome: { status: 200, ok: true, note: null, errorTicket: null, traceId: null, durationMs: 12 },
  requestId: `req-${n}`,
  ...overrides,
});

async function emptyTrail(store: Store): Promise<void> {
  await sql`truncate audit_entry`.execute(store.db);
  await sql`update audit_chain set last_seq = 0, last_hash = ${'0'.repeat(64)}, pruned_seq = 0, pruned_hash = ${'0'.repeat(64)}`.execute(store.db);
}

let databaseUrl = '';
const stores: Record<string, Store> = {};

beforeAll(async () => {
  databaseUrl = await freshTestDatabase('audit');
  stores.pglite = await openStore({ kind: 'pglite', dataDir: null });
  stores.postgres = await openStore({ kind: 'postgres', url: databaseUrl });
}, OPEN_TIMEOUT_MS);
afterAll(async () => {
  await Promise.all(Object.values(stores).map((store) => store.close()));
});

describe.each(['pglite', 'postgres'])('the audit trail in the store on %s', (engine) => {
  const store = () => stores[engine] as Store;
  let clock = new Date('2026-03-10T12:00:00Z');
  const log = () => createSqlAuditLog(store(), () => clock);

  beforeEach(async () => {
    clock = new Date('2026-03-10T12:00:00Z');
    await emptyTrail(store());
  });

  it('appends 1, 2, 3 and reads each entry back exactly as it was sealed', async () => {
    const trail = log();
    const written = [await trail.append(input(1)), await trail.append(input(2)), await trail.append(input(3, { summary: null, outcome: { status: null, ok: false, note: 'timeout', errorTicket: 't', traceId: 'tr', durationMs: null } }))];
    expect(written.map((entry) => entry.seq)).toEqual([1, 2, 3]);
    expect(await trail.list()).toEqual([...written].reverse());
    expect(await trail.verify()).toEqual({ ok: true, checked: 3 });
  });

  it('filters by person, action, outcome, time, text and customer guid', async () => {
    const trail = log();
    await trail.append(input(1));
    clock = new Date('2026-03-11T12:00:00Z');
    await trail.append(input(2, { action: 'delete', guid: 'A2A3F4C1-38A9-4709-A1BE-0C99D02DD5A2', shortName: '50%_off' }));
    clock = new Date('2026-03-12T12:00:00Z');
    await trail.append(input(3, { action: 'refused', outcome: { status: 403, ok: false, note: 'forbidden', errorTicket: null, traceId: null, durationMs: 1 } }));
    const seqs = async (filter: Parameters<typeof trail.list>[0]) => (await trail.list(filter)).map((entry) => entry.seq);
    expect(await seqs({ person: 'PERSON 2' })).toEqual([2]);
    expect(await seqs({ person: 'p3@example' })).toEqual([3]);
    expect(await seqs({ action: 'delete' })).toEqual([2]);
    expect(await seqs({ outcome: 'failed' })).toEqual([3]);
    expect(await seqs({ outcome: 'ok' })).toEqual([2, 1]);
    expect(await seqs({ from: '2026-03-11T00:00:00Z', to: '2026-03-11T23:59:59Z' })).toEqual([2]);
    // Wildcards in the search text are letters.
    expect(await seqs({ q: '50%_' })).toEqual([2]);
    expect(await seqs({ q: '%' })).toEqual([2]);
    expect(await seqs({ guid: 'a2a3f4c1-38a9-4709-a1be-0c99d02dd5a2' })).toEqual([2]);
    expect(await seqs({ limit: 1 })).toEqual([3]);
    // A customer's entries include its create, found by short name (a create has no guid yet).
    expect(await seqs({ guid: 'a2a3f4c1-38a9-4709-a1be-0c99d02dd5a2', shortName: 'cust1' })).toEqual([2, 1]);
  });

  it('finds an entry altered in the database', async () => {
    const trail = log();
    for (const n of [1, 2, 3, 4]) await trail.append(input(n));
    await sql`update audit_entry set actor_name = 'Someone else' where seq = 3`.execute(store().db);
    expect(await trail.verify()).toEqual({ ok: false, checked: 2, firstBadSeq: 3, problem: 'altered' });
  });

  it('finds a removed entry, in the middle and at the end', async () => {
    const trail = log();
    for (const n of [1, 2, 3, 4]) await trail.append(input(n));
    await sql`delete from audit_entry where seq = 4`.execute(store().db);
    expect(await trail.verify()).toMatchObject({ ok: false, firstBadSeq: 4, problem: 'removed' });
    await sql`delete from audit_entry where seq = 2`.execute(store().db);
    expect(await trail.verify()).toMatchObject({ ok: false, firstBadSeq: 2, problem: 'removed' });
  });

  it('finds an inserted entry: one added past the head, one slipped in by renumbering', async () => {
    const trail = log();
    const [, second, third] = [await trail.append(input(1)), await trail.append(input(2)), await trail.append(input(3))];
    const forged = sealEntry(input(99), 4, clock.toISOString(), third.hash);
    await store().db.withTables<{ audit_entry: ReturnType<typeof toRow> }>().insertInto('audit_entry').values(toRow(forged)).execute();
    expect(await trail.verify()).toEqual({ ok: false, checked: 3, firstBadSeq: 4, problem: 'inserted' });

    await sql`delete from audit_entry where seq = 4`.execute(store().db);
    await sql`update audit_entry set seq = seq + 1 where seq >= 3`.execute(store().db);
    const between = sealEntry(input(98), 3, clock.toISOString(), second.hash);
    await store().db.withTables<{ audit_entry: ReturnType<typeof toRow> }>().insertInto('audit_entry').values(toRow(between)).execute();
    // The forged entry links well; the one it pushed along no longer matches its own hash.
    expect(await trail.verify()).toMatchObject({ ok: false, firstBadSeq: 4 });
  });

  it('keeps what a body carries that PostgreSQL text cannot (U+0000) without breaking the chain', async () => {
    const trail = log();
    await trail.append(input(1, { shortName: 'a\u0000b', summary: { shortName: 'a\u0000b' } }));
    expect((await trail.list())[0]?.shortName).toBe('a\uFFFDb');
    expect(await trail.verify()).toEqual({ ok: true, checked: 1 });
  });

  it('prunes whole days past retention; the rest still verifies, and removing its first entry is found', async () => {
    const trail = log();
    clock = new Date('2026-01-01T23:59:00Z');
    await trail.append(input(1));
    await trail.append(input(2));
    clock = new Date('2026-01-02T00:01:00Z');
    await trail.append(input(3));
    clock = new Date('2026-01-05T10:00:00Z');
    await trail.append(input(4));
    // Three days kept: 2 Jan onward stays (today is 5 Jan; the cut is at midnight UTC).
    expect(await trail.prune(3)).toBe(2);
    expect((await trail.list()).map((entry) => entry.seq)).toEqual([4, 3]);
    expect(await trail.verify()).toEqual({ ok: true, checked: 2 });
    expect(await trail.prune(3)).toBe(0);
    await trail.append(input(5));
    expect(await trail.verify()).toEqual({ ok: true, checked: 3 });
    await sql`delete from audit_entry where seq = 3`.execute(store().db);
    expect(await trail.verify()).toMatchObject({ ok: false, firstBadSeq: 3, problem: 'removed' });
  });
});

describe('the audit trail shared by instances on one PostgreSQL', () => {
  it('chains appends from two instances one after another', async () => {
    const other = await openStore({ kind: 'postgres', url: databaseUrl });
    try {
      const main = stores.postgres as Store;
      await emptyTrail(main);
      const a = createSqlAuditLog(main);
      const b = createSqlAuditLog(other);
      await Promise.all(Array.from({ length: 30 }, (_, n) => (n % 2 ? a : b).append(input(n))));
      const entries = await a.list();
      expect(entries.map((entry) => entry.seq)).toEqual(Array.from({ length: 30 }, (_, n) => 30 - n));
      expect(await b.verify()).toEqual({ ok: true, checked: 30 });
    } finally {
      await other.close();
    }
  });
});
