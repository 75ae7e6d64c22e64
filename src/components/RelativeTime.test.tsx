import { act, render, screen } from '@testing-library/react';
import { formatRelativeTime, RelativeTime } from './RelativeTime';

describe('formatRelativeTime', () => {
  const now = Date.UTC(2026, 0, 1, 12, 0, 0);
  it('reads naturally', () => {
    expect(formatRelativeTime(now - 2_000, now)).toBe('just now');
    expect(formatRelativeTime(now - 12_000, now)).toBe('12 seconds ago');
    expect(formatRelativeTime(now - 5 * 60_000, now)).toBe('5 minutes ago');
    expect(formatRelativeTime(now - 3 * 3_600_000, now)).toBe('3 hours ago');
    expect(formatRelativeTime('not a date', now)).toBe('at an unknown time');
  });
});

describe('RelativeTime', () => {
  afterEach(() => vi.useRealTimers());

  it('ticks as time passes', () => {
    vi.useFakeTimers();
    const start = Date.now();
    render(<RelativeTime date={start} />);
    act(() => vi.advanceTimersByTime(0));
    expect(screen.getByText('Updated just now')).toBeInTheDocument();
    act(() => vi.advanceTimersByTime(20_000));
    expect(screen.getByText('Updated 20 seconds ago')).toBeInTheDocument();
    expect(screen.getByText('Updated 20 seconds ago').tagName).toBe('TIME');
  });

  it('renders nothing for react-query\'s "never updated" 0', () => {
    const { container } = render(<RelativeTime date={0} />);
    expect(container).toBeEmptyDOMElement();
  });
});
