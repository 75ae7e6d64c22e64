import { activateLocale } from '../i18n/catalogs';
import { SEVERITIES } from '../domain/statuses';
import { missingStatusLabel, severityLabel, statusDescription, statusLabel } from './status-words';

describe('statusLabel', () => {
  it('uses a human label for known values', () => {
    expect(statusLabel('WARNING')).toBe('Warning');
    expect(statusLabel('UNMONITORED')).toBe('Unmonitored');
    expect(statusLabel('DEPLOYED')).toBe('Deployed');
    expect(statusLabel('CompletedSuccess')).toBe('Completed successfully');
  });

  it('keeps unknown values exactly as they came; absent is null', () => {
    expect(statusLabel('DEGRADED')).toBe('DEGRADED');
    expect(statusLabel('ok')).toBe('ok');
    expect(statusLabel(3)).toBe('3');
    expect(statusLabel(undefined)).toBeNull();
    expect(statusLabel(null)).toBeNull();
  });

  it('follows the active language for known values only', async () => {
    await activateLocale('de');
    expect(statusLabel('FAILED')).toBe('Fehlgeschlagen');
    expect(statusLabel('CompletedSuccess')).toBe('Erfolgreich abgeschlossen');
    expect(statusLabel('DEGRADED')).toBe('DEGRADED');
    expect(statusLabel(3)).toBe('3');
  });
});

describe('statusDescription', () => {
  it('carries the vendor description where one is documented', async () => {
    expect(statusDescription('READY')).toBe('The customer tenant is ready for deployment.');
    expect(statusDescription('OK')).toBeUndefined();
    expect(statusDescription('DEGRADED')).toBeUndefined();
    expect(statusDescription(null)).toBeUndefined();

    await activateLocale('de');
    expect(statusDescription('READY')).toBe('Der Kundenmandant ist bereit für die Bereitstellung.');
  });
});

describe('severityLabel and missingStatusLabel', () => {
  it('have a label for every severity (for legends) and for a status not sent', async () => {
    expect(SEVERITIES.map(severityLabel)).toEqual(['OK', 'Warning', 'Error', 'Unmonitored', 'Unknown']);
    expect(missingStatusLabel()).toBe('Not reported');

    await activateLocale('de');
    expect(severityLabel('unmonitored')).toBe('Nicht überwacht');
    expect(missingStatusLabel()).toBe('Nicht gemeldet');
  });
});
