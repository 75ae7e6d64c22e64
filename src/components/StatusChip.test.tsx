import { render, screen } from '@testing-library/react';
import { StatusChip, type StatusSeverity } from './StatusChip';

function chipOf(text: string): HTMLElement {
  const label = screen.getByText(text);
  const chip = label.closest('.MuiChip-root');
  if (!(chip instanceof HTMLElement)) throw new Error(`no chip around "${text}"`);
  return chip;
}

describe('StatusChip', () => {
  it.each<[StatusSeverity, string]>([
    ['ok', 'OK'],
    ['warning', 'WARNING'],
    ['error', 'ERROR'],
    ['unmonitored', 'UNMONITORED'],
  ])('shows an icon and the text for %s', (severity, label) => {
    render(<StatusChip label={label} severity={severity} />);
    const chip = chipOf(label);
    expect(chip).toBeVisible();
    // Meaning is never carried by colour alone: there is an icon next to the text.
    expect(chip.querySelector('svg')).not.toBeNull();
  });

  it('shows an unknown status word exactly as it came', () => {
    render(<StatusChip label="DEGRADED_PARTIALLY" severity="unknown" />);
    const chip = chipOf('DEGRADED_PARTIALLY');
    expect(chip.querySelector('svg')).not.toBeNull();
  });

  it('shows numbers as they came and says Unknown for no value', () => {
    render(
      <>
        <StatusChip label={3} severity="unknown" />
        <StatusChip label={null} severity="unknown" />
      </>,
    );
    expect(screen.getByText('3')).toBeVisible();
    expect(screen.getByText('Unknown')).toBeVisible();
  });
});
