import { render, screen } from '@testing-library/react';
import { formatNullable, Nullable } from './Nullable';

describe('formatNullable', () => {
  it('shows missing values as an em dash', () => {
    expect(formatNullable(null)).toBe('—');
    expect(formatNullable(undefined)).toBe('—');
    expect(formatNullable('  ')).toBe('—');
  });

  it('never turns 0 into a dash (0 is a value)', () => {
    expect(formatNullable(0)).toBe('0');
    expect(formatNullable('0')).toBe('0');
  });

  it('applies the formatter to present values only', () => {
    const format = (n: number) => `${n} users`;
    expect(formatNullable(12, format)).toBe('12 users');
    expect(formatNullable(null, format)).toBe('—');
  });
});

describe('Nullable', () => {
  it('renders the dash with a spoken "not set"', () => {
    render(<Nullable value={null} />);
    expect(screen.getByText('—')).toHaveAttribute('aria-hidden', 'true');
    expect(screen.getByText('not set')).toBeInTheDocument();
  });

  it('renders 0 as 0', () => {
    render(<Nullable value={0} />);
    expect(screen.getByText('0')).toBeVisible();
  });
});
