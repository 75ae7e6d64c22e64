import { describeStatus, knownStatus, statusSeverity } from './statuses';

describe('statusSeverity', () => {
  it('colours the OVOC health words', () => {
    expect(['OK', 'WARNING', 'ERROR', 'UNMONITORED'].map((value) => statusSeverity(value))).toEqual([
      'ok',
      'warning',
      'error',
      'unmonitored',
    ]);
  });

  it('colours deploy statuses as the vendor table does (Ready and Unknown are warnings)', () => {
    expect(['DEPLOYED', 'READY', 'FAILED', 'UNKNOWN'].map((value) => statusSeverity(value))).toEqual([
      'ok',
      'warning',
      'error',
      'warning',
    ]);
  });

  it('reads the site state "Deployed" and the task status "CompletedSuccess" as ok', () => {
    expect(statusSeverity('Deployed')).toBe('ok');
    expect(statusSeverity('CompletedSuccess')).toBe('ok');
  });

  it('gives unknown words and integers no invented meaning', () => {
    expect(statusSeverity('DEGRADED')).toBe('unknown');
    expect(statusSeverity(3)).toBe('unknown');
    expect(statusSeverity('ok')).toBe('unknown');
    expect(statusSeverity(null)).toBe('unknown');
  });
});

describe('describeStatus', () => {
  it('names the known word and keeps an unknown value as it came', () => {
    expect(describeStatus('READY')).toEqual({ value: 'READY', severity: 'warning', known: 'READY' });
    expect(describeStatus(3)).toEqual({ value: '3', severity: 'unknown' });
    expect(describeStatus(undefined)).toBeNull();
  });

  it('matches the vendor spelling exactly: an integer or a different case is not a known word', () => {
    expect(knownStatus('Deployed')).toBe('Deployed');
    expect(knownStatus('ok')).toBeUndefined();
    expect(knownStatus(3)).toBeUndefined();
  });
});
