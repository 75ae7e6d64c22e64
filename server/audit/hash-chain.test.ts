// @vitest-environment node
import fc from 'fast-check';
import type { AuditEntry, AuditEntryInput } from './audit-log';
import { sealEntry, verifyChain } from './hash-chain';
import { createMemoryAuditLog } from './memory-audit-log';
import { summarizeBody } from './summarize';

const input = (n: number, overrides: Partial<AuditEntryInput> = {}): AuditEntryInput => ({
  actor: { subject: `s${n}`, name: `Person ${n}`, email: null, role: 'admin' },
  action: 'create',
  method: 'POST',
  resource: '/api/v2/customer',
  shortName: `Cust${n}`,
  guid: null,
  summary: { shortName: `Cust${n}` },
  outcome: { status: 200, ok: true, note: null, errorTicket: null, traceId: null, durationMs: 12 },
  requestId: `req-${n}`,
  ...overrides,
});

async function chainOf(count: number): Promise<AuditEntry[]> {
  const log = createMemoryAuditLog();
  for (let n = 1; n <= count; n += 1) await log.append(input(n));
  return log.entries.map((entry) => structuredClone(entry));
}

describe('the hash chain', () => {
  it('verifies an untouched trail', async () => {
    expect(verifyChain(await chainOf(5))).toEqual({ ok: true, checked: 5 });
    expect(verifyChain([])).toEqual({ ok: true, checked: 0 });
  });

  it('finds an edited entry', async () => {
    const entries = await chainOf(5);
    const third = entries[2];
    if (!third) throw new Error('no entry');
    third.outcome = { ...third.outcome, status: 500, ok: false };
    expect(verifyChain(entries)).toEqual({ ok: false, checked: 2, firstBadSeq: 3, problem: 'altered' });
  });

  it('finds a removed entry, the last-but-one and the first alike', async () => {
    const entries = await chainOf(5);
    expect(verifyChain(entries.filter((entry) => entry.seq !== 4))).toMatchObject({ ok: false, firstBadSeq: 4, problem: 'removed' });
    expect(verifyChain(entries.slice(1))).toMatchObject({ ok: false, firstBadSeq: 2, problem: 'removed' });
  });

  it('finds an inserted entry, even one with a correct hash of its own', async () => {
    const entries = await chainOf(4);
    const second = entries[1];
    if (!second) throw new Error('no entry');
    // Forged after entry 2 with its own valid hash, numbered as the next one, and the rest renumbered would still break the links.
    const forged = sealEntry(input(99), 3, new Date().toISOString(), second.hash);
    const tampered = [...entries.slice(0, 2), forged, ...entries.slice(2)];
    expect(verifyChain(tampered)).toMatchObject({ ok: false, firstBadSeq: 3, problem: 'inserted' });
  });

  it('finds a re-hashed edit by the broken link after it', async () => {
    const entries = await chainOf(4);
    const second = entries[1];
    const first = entries[0];
    if (!second || !first) throw new Error('no entry');
    entries[1] = sealEntry({ ...second, shortName: 'Changed' }, 2, second.at, first.hash);
    expect(verifyChain(entries)).toMatchObject({ ok: false, firstBadSeq: 3 });
  });

  it('appends in order under concurrency', async () => {
    const log = createMemoryAuditLog();
    await Promise.all(Array.from({ length: 20 }, (_, n) => log.append(input(n))));
    expect(log.entries.map((entry) => entry.seq)).toEqual(Array.from({ length: 20 }, (_, n) => n + 1));
    expect(await log.verify()).toEqual({ ok: true, checked: 20 });
  });

  it('lists newest first, filtered by person, action, outcome and text', async () => {
    const log = createMemoryAuditLog();
    await log.append(input(1));
    await log.append(input(2, { action: 'delete', guid: 'a2a3f4c1-38a9-4709-a1be-0c99d02dd5a2' }));
    await log.append(input(3, { outcome: { status: 403, ok: false, note: 'forbidden', errorTicket: null, traceId: null, durationMs: 1 } }));
    expect((await log.list()).map((entry) => entry.seq)).toEqual([3, 2, 1]);
    expect((await log.list({ person: 'person 2' })).map((entry) => entry.seq)).toEqual([2]);
    expect((await log.list({ action: 'delete' })).map((entry) => entry.seq)).toEqual([2]);
    expect((await log.list({ outcome: 'failed' })).map((entry) => entry.seq)).toEqual([3]);
    expect((await log.list({ q: 'cust1' })).map((entry) => entry.seq)).toEqual([1]);
    expect((await log.list({ guid: 'A2A3F4C1-38A9-4709-A1BE-0C99D02DD5A2' })).map((entry) => entry.seq)).toEqual([2]);
  });
});

describe('body summaries', () => {
  const MARK = 'SeCrEt-MaRk-7731';
  const secretKey = fc.constantFrom('password', 'clientSecret', 'ApplicationClientSecret', 'access_token', 'apiKey', 'Authorization', 'userPassword', 'refreshToken');
  const plainKey = fc.stringMatching(/^[a-z]{1,8}$/).filter((key) => !/secret|password|passwd|pwd|token|credential|apikey|private|authorization|cookie|assertion/i.test(key));
  const body: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
    node: fc.oneof(
      { depthSize: 'small' },
      fc.string(),
      fc.integer(),
      fc.dictionary(fc.oneof(plainKey, secretKey), tie('node'), { maxKeys: 4 }),
      fc.array(tie('node'), { maxLength: 3 }),
    ),
  })).node;

  it('property: a value under a secret key never reaches the summary, at any depth', () => {
    fc.assert(
      fc.property(body, secretKey, fc.array(plainKey, { maxLength: 3 }), (shape, key, path) => {
        // The mark sits under a secret key somewhere inside an otherwise random body.
        let holder: Record<string, unknown> = { [key]: MARK };
        for (const step of path) holder = { [step]: holder };
        const whole = { ...(typeof shape === 'object' && shape && !Array.isArray(shape) ? shape : {}), nested: holder };
        const summary = summarizeBody(Buffer.from(JSON.stringify(whole)));
        expect(JSON.stringify(summary)).not.toContain(MARK);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps the plain facts of a create body and reads a non-object by its size', () => {
    expect(summarizeBody(Buffer.from(JSON.stringify({ shortName: 'Acme1', msTenantId: 't', password: 'p' })))).toEqual({ shortName: 'Acme1', msTenantId: 't' });
    expect(summarizeBody(Buffer.from('not json'))).toEqual({ bytes: 8 });
    expect(summarizeBody(undefined)).toBeNull();
  });
});
