import { daysBetween, formatCalendarDate, parseDdMmYyyy, readServiceParameters, type RawParameter } from './ovoc-parameters';

describe('parseDdMmYyyy', () => {
  it('reads the vendor format day first', () => {
    expect(parseDdMmYyyy('19-07-2026')).toEqual({ year: 2026, month: 7, day: 19, iso: '2026-07-19' });
    expect(parseDdMmYyyy('06-06-2026')?.iso).toBe('2026-06-06');
    // Day first, never month first: 08-12 is the 8th of December.
    expect(parseDdMmYyyy('08-12-2025')?.iso).toBe('2025-12-08');
  });

  it('tolerates one-digit parts, other separators and spaces', () => {
    expect(parseDdMmYyyy('1-2-2027')?.iso).toBe('2027-02-01');
    expect(parseDdMmYyyy(' 01/02/2027 ')?.iso).toBe('2027-02-01');
    expect(parseDdMmYyyy('01.02.2027')?.iso).toBe('2027-02-01');
  });

  it('rejects what is not a real DD-MM-YYYY date', () => {
    for (const text of ['', '2026-07-19', '31-02-2026', '00-01-2026', '19-13-2026', '19-07-26', 'soon', '29-02-2027']) {
      expect(parseDdMmYyyy(text), text).toBeNull();
    }
    expect(parseDdMmYyyy('29-02-2028')?.iso).toBe('2028-02-29');
    expect(parseDdMmYyyy(19072026)).toBeNull();
    expect(parseDdMmYyyy(null)).toBeNull();
  });

  it('formats without ambiguity and counts days', () => {
    const date = parseDdMmYyyy('19-07-2026');
    expect(date && formatCalendarDate(date)).toBe('19 Jul 2026');
    const from = parseDdMmYyyy('30-12-2025');
    expect(from && date && daysBetween(from, date)).toBe(201);
  });
});

const example: RawParameter[] = [
  { name: 'Max AI Summary Devices', type: 'Integer', value: 5 },
  { name: 'Active AI Summary Devices', type: 'Integer', value: 2 },
  { name: 'AI Summary Status', type: 'String', value: 'enabled' },
  { name: 'email', type: 'String', value: 'dhdeang@audiocodes.com' },
  { name: 'Trial Status', type: 'String', value: 'enabled' },
  { name: 'Trial Expiry Date', type: 'String', value: '19-07-2026' },
  { name: 'Trial Start Date', type: 'String', value: '20-01-2026' },
];

describe('readServiceParameters', () => {
  it('reads the documented example', () => {
    const read = readServiceParameters(example, new Date(2026, 2, 1, 12));
    expect(read.aiSummary).toEqual({ status: 'enabled', maxDevices: 5, activeDevices: 2 });
    expect(read.email).toBe('dhdeang@audiocodes.com');
    expect(read.trial).toMatchObject({ status: 'enabled', state: 'active', expiryText: null });
    expect(read.trial?.start?.iso).toBe('2026-01-20');
    expect(read.trial?.expiry?.iso).toBe('2026-07-19');
    expect(read.trial?.daysLeft).toBe(140);
  });

  it('flags a trial that expires soon, on its last day, and after it', () => {
    expect(readServiceParameters(example, new Date(2026, 6, 10, 9)).trial?.state).toBe('expiring');
    expect(readServiceParameters(example, new Date(2026, 6, 19, 23)).trial).toMatchObject({ state: 'expiring', daysLeft: 0 });
    expect(readServiceParameters(example, new Date(2026, 6, 20, 0, 5)).trial).toMatchObject({ state: 'expired', daysLeft: -1 });
  });

  it('keeps an unreadable expiry as text, and numbers sent as strings', () => {
    const read = readServiceParameters(
      [
        { name: ' trial  expiry date ', type: 'String', value: '2026-07-19' },
        { name: 'Max AI Summary Devices', type: 'Integer', value: '300' },
      ],
      new Date(2026, 0, 1),
    );
    expect(read.trial).toMatchObject({ status: null, expiry: null, expiryText: '2026-07-19', daysLeft: null, state: 'unknown' });
    expect(read.aiSummary).toEqual({ status: null, maxDevices: 300, activeDevices: null });
  });

  it('returns nothing for services without those parameters', () => {
    const dids: RawParameter[] = [
      { name: 'Unused DIDs', type: 'Integer', value: '0' },
      { name: 'Last Backup Time', type: 'Date', value: '' },
    ];
    expect(readServiceParameters(dids, new Date())).toEqual({ aiSummary: null, trial: null, email: null });
    expect(readServiceParameters(null, new Date())).toEqual({ aiSummary: null, trial: null, email: null });
  });
});
