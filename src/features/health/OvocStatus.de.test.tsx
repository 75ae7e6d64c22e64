import { render, screen } from '@testing-library/react';
import { activateLocale } from '../../i18n/catalogs';
import { OvocStatusChip } from './OvocStatus';
import { summaryLabel } from './StatusSummary';
import { MISSING_STATUS_KEY } from '../../domain/ovoc-status-counts';

describe('OVOC status words', () => {
  it('shows the English label, an unknown word as it came and "Not reported" for none', () => {
    render(
      <>
        <OvocStatusChip value="UNMONITORED" />
        <OvocStatusChip value="DEGRADED" />
        <OvocStatusChip value="" />
      </>,
    );
    expect(screen.getByText('Unmonitored')).toBeInTheDocument();
    expect(screen.getByText('DEGRADED')).toBeInTheDocument();
    expect(screen.getByText('Not reported')).toBeInTheDocument();
  });

  describe('in German', () => {
    // src/test/setup.ts goes back to English after each test.
    beforeEach(() => activateLocale('de'));

    it('shows the status chips in German, an unknown word still as it came', () => {
      render(
        <>
          <OvocStatusChip value="ERROR" />
          <OvocStatusChip value="DEGRADED" />
          <OvocStatusChip value={null} />
        </>,
      );
      expect(screen.getByText('Fehler')).toBeInTheDocument();
      expect(screen.getByText('DEGRADED')).toBeInTheDocument();
      expect(screen.getByText('Nicht gemeldet')).toBeInTheDocument();
    });

    it('names the summary buckets in German', () => {
      expect(summaryLabel('WARNING')).toBe('Warnung');
      expect(summaryLabel(MISSING_STATUS_KEY)).toBe('Nicht gemeldet');
    });
  });
});
