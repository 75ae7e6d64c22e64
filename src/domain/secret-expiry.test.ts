import { maskSecret, parseSecretExpiryDate, secretExpiry } from './secret-expiry';

const iso = (raw: string) => parseSecretExpiryDate(raw)?.toISOString() ?? null;

describe('parseSecretExpiryDate', () => {
  it('reads the documented "M/D/YYYY h:mm:ss AM" form as UTC', () => {
    expect(iso('2/18/2027 8:39:26 AM')).toBe('2027-02-18T08:39:26.000Z');
    expect(iso('12/31/2026 11:59:59 PM')).toBe('2026-12-31T23:59:59.000Z');
    expect(iso('02/08/2027 01:05:00 pm')).toBe('2027-02-08T13:05:00.000Z');
  });

  it('maps 12 AM to midnight and 12 PM to noon', () => {
    expect(iso('1/1/2027 12:00:00 AM')).toBe('2027-01-01T00:00:00.000Z');
    expect(iso('1/1/2027 12:30:00 PM')).toBe('2027-01-01T12:30:00.000Z');
    expect(iso('1/1/2027 12:59:59 AM')).toBe('2027-01-01T00:59:59.000Z');
  });

  it('tolerates surrounding space, a missing seconds part and a date without time', () => {
    expect(iso('  3/4/2027 9:15 AM ')).toBe('2027-03-04T09:15:00.000Z');
    expect(iso('3/4/2027')).toBe('2027-03-04T00:00:00.000Z');
  });

  it('accepts ISO 8601 as well, honouring an offset', () => {
    expect(iso('2027-02-18T08:39:26Z')).toBe('2027-02-18T08:39:26.000Z');
    expect(iso('2027-02-18T10:39:26+02:00')).toBe('2027-02-18T08:39:26.000Z');
  });

  it('accepts 29 February only in leap years', () => {
    expect(iso('2/29/2028 1:00:00 AM')).toBe('2028-02-29T01:00:00.000Z');
    expect(iso('2/29/2027 1:00:00 AM')).toBeNull();
  });

  it.each([
    '2/30/2027 8:39:26 AM',
    '13/1/2027 8:39:26 AM',
    '0/10/2027 8:39:26 AM',
    '4/31/2027 8:39:26 AM',
    '2/18/2027 0:39:26 AM',
    '2/18/2027 13:39:26 PM',
    '2/18/2027 8:60:26 AM',
    '2/18/2027 8:39:61 AM',
    '2/18/27 8:39:26 AM',
    '2/18/2027 8:39:26',
    'tomorrow',
    '',
    '   ',
    '2027-02-30',
    '2027-13-01T00:00:00Z',
  ])('rejects %j', (raw) => {
    expect(parseSecretExpiryDate(raw)).toBeNull();
  });

  it('rejects absent values', () => {
    expect(parseSecretExpiryDate(null)).toBeNull();
    expect(parseSecretExpiryDate(undefined)).toBeNull();
  });
});

describe('secretExpiry', () => {
  const now = new Date('2027-01-01T00:00:00Z');

  it('is missing when nothing was sent', () => {
    expect(secretExpiry(null, now)).toEqual({ kind: 'missing' });
    expect(secretExpiry('', now)).toEqual({ kind: 'missing' });
  });

  it('keeps the raw text of an unreadable value', () => {
    expect(secretExpiry('soon-ish', now)).toEqual({ kind: 'unparseable', raw: 'soon-ish' });
  });

  it('is valid when far away', () => {
    const result = secretExpiry('2/18/2027 8:39:26 AM', now);
    expect(result).toMatchObject({ kind: 'date', state: 'valid', daysLeft: 49 });
  });

  it('is expiring within 30 days, including exactly 30 days', () => {
    expect(secretExpiry('1/31/2027 12:00:00 AM', now)).toMatchObject({ state: 'expiring', daysLeft: 30 });
    expect(secretExpiry('1/31/2027 12:00:01 AM', now)).toMatchObject({ state: 'valid', daysLeft: 31 });
    expect(secretExpiry('1/1/2027 6:00:00 AM', now)).toMatchObject({ state: 'expiring', daysLeft: 1 });
  });

  it('is expired at and after the instant', () => {
    expect(secretExpiry('1/1/2027 12:00:00 AM', now)).toMatchObject({ state: 'expired', daysLeft: 0 });
    expect(secretExpiry('12/31/2026 6:00:00 PM', now)).toMatchObject({ state: 'expired', daysLeft: 0 });
    expect(secretExpiry('12/20/2026 11:00:00 PM', now)).toMatchObject({ state: 'expired', daysLeft: -11 });
  });

  it('accepts a timestamp as now', () => {
    expect(secretExpiry('2/18/2027 8:39:26 AM', Date.parse('2027-03-01T00:00:00Z'))).toMatchObject({ state: 'expired' });
  });
});

describe('maskSecret', () => {
  it('shows what the API sent followed by a fixed mask', () => {
    expect(maskSecret('~-6')).toBe('~-6••••••••');
  });

  it('never shows more than three characters, even if the API sends more', () => {
    expect(maskSecret('abcdefghijkl')).toBe('abc••••••••');
  });

  it('is null when nothing was sent', () => {
    expect(maskSecret(null)).toBeNull();
    expect(maskSecret('')).toBeNull();
  });
});
