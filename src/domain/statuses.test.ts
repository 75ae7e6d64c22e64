import { SEVERITY_LABELS, describeStatus, statusLabel, statusSeverity } from './statuses';

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

describe('statusLabel', () => {
  it('uses a human label for known values', () => {
    expect(statusLabel('WARNING')).toBe('Warning');
    expect(statusLabel('UNMONITORED')).toBe('Unmonitored');
    expect(statusLabel('DEPLOYED')).toBe('Deployed');
    expect(statusLabel('CompletedSuccess')).toBe('Completed successfully');
  });

  it('keeps unknown values exactly as they came; absent is null', () => {
    expect(statusLabel('DEGRADED')).toBe('DEGRADED');
    expect(statusLabel(3)).toBe('3');
    expect(statusLabel(undefined)).toBeNull();
  });
});

describe('describeStatus', () => {
  it('carries the vendor description where one is documented', () => {
    expect(describeStatus('READY')).toEqual({
      value: 'READY',
      label: 'Ready',
      severity: 'warning',
      description: 'The customer tenant is ready for deployment.',
    });
    expect(describeStatus(3)).toEqual({ value: '3', label: '3', severity: 'unknown' });
  });

  it('has a label for every severity (for legends)', () => {
    expect(SEVERITY_LABELS.unmonitored).toBe('Unmonitored');
    expect(Object.keys(SEVERITY_LABELS)).toEqual(['ok', 'warning', 'error', 'unmonitored', 'unknown']);
  });
});
