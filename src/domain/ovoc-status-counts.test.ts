import fc from 'fast-check';
import { compareStatusKeys, countStatuses, MISSING_STATUS_KEY, statusKey, statusRank, totalCount } from './ovoc-status-counts';

describe('countStatuses', () => {
  it('always lists the four documented statuses, most urgent first, even at zero', () => {
    expect(countStatuses([])).toEqual([
      { key: 'ERROR', count: 0, known: true },
      { key: 'WARNING', count: 0, known: true },
      { key: 'UNMONITORED', count: 0, known: true },
      { key: 'OK', count: 0, known: true },
    ]);
  });

  it('counts unknown words under their own spelling and missing statuses under "(none)"', () => {
    const counts = countStatuses(['OK', 'ERROR', 'DEGRADED', null, 'ERROR', undefined, 'DEGRADED', 'ok', '']);
    expect(counts).toEqual([
      { key: 'ERROR', count: 2, known: true },
      { key: 'WARNING', count: 0, known: true },
      { key: 'UNMONITORED', count: 0, known: true },
      { key: 'DEGRADED', count: 2, known: false },
      // Matching is exact: a lower-case "ok" is not the vendor's OK.
      { key: 'ok', count: 1, known: false },
      { key: MISSING_STATUS_KEY, count: 3, known: false },
      { key: 'OK', count: 1, known: true },
    ]);
  });

  it('adds up to the number of services whatever arrives', () => {
    const status = fc.oneof(fc.constantFrom('OK', 'WARNING', 'ERROR', 'UNMONITORED', null, undefined), fc.string());
    fc.assert(
      fc.property(fc.array(status), (statuses) => {
        expect(totalCount(countStatuses(statuses))).toBe(statuses.length);
      }),
    );
  });
});

describe('status order', () => {
  it('ranks ERROR, WARNING, UNMONITORED and unknowns, then OK', () => {
    expect(statusRank('ERROR')).toBeLessThan(statusRank('WARNING'));
    expect(statusRank('WARNING')).toBeLessThan(statusRank('UNMONITORED'));
    expect(statusRank('DEGRADED')).toBe(statusRank('UNMONITORED'));
    expect(statusRank(null)).toBe(statusRank('UNMONITORED'));
    expect(statusRank('UNMONITORED')).toBeLessThan(statusRank('OK'));
  });

  it('orders buckets for display', () => {
    const keys = ['OK', MISSING_STATUS_KEY, 'ZED', 'UNMONITORED', 'ALPHA', 'ERROR', 'WARNING'];
    expect([...keys].sort(compareStatusKeys)).toEqual(['ERROR', 'WARNING', 'UNMONITORED', 'ALPHA', 'ZED', MISSING_STATUS_KEY, 'OK']);
  });

  it('keys a status as it came', () => {
    expect(statusKey('DEGRADED')).toBe('DEGRADED');
    expect(statusKey(null)).toBe(MISSING_STATUS_KEY);
  });
});
