/**
 * "Updated 12 seconds ago" that keeps itself current. Pass react-query's `dataUpdatedAt` (ms) or
 * any date. The exact time is in the <time> element's dateTime and title for those who need it.
 */
import { useEffect, useState } from 'react';

export type DateInput = Date | number | string;

function toMs(value: DateInput): number {
  return value instanceof Date ? value.getTime() : typeof value === 'number' ? value : Date.parse(value);
}

const relative = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
  ['second', 1],
];

/** Human relative time from `now`: "just now", "12 seconds ago", "5 minutes ago", "in 2 hours". */
export function formatRelativeTime(date: DateInput, now: number = Date.now()): string {
  const ms = toMs(date);
  if (!Number.isFinite(ms)) return 'at an unknown time';
  const seconds = Math.round((ms - now) / 1000);
  if (Math.abs(seconds) < 5) return 'just now';
  for (const [unit, size] of UNITS) {
    if (Math.abs(seconds) >= size || unit === 'second') {
      return relative.format(Math.trunc(seconds / size), unit);
    }
  }
  return 'just now';
}

/** Re-render often while the time is fresh (seconds change), rarely once it is old. */
function tickInterval(ageMs: number): number {
  if (ageMs < 60_000) return 5_000;
  if (ageMs < 3_600_000) return 30_000;
  return 300_000;
}

export interface RelativeTimeProps {
  date: DateInput;
  /** Text before the relative part; '' for none. */
  prefix?: string;
}

export function RelativeTime({ date, prefix = 'Updated' }: RelativeTimeProps) {
  const ms = toMs(date);
  // The clock remembers which date it was read for, so a new date (a refetch) is never compared
  // with a stale "now" (which would read "in 10 seconds").
  const [clock, setClock] = useState(() => ({ forMs: ms, now: Date.now() }));

  useEffect(() => {
    let id: ReturnType<typeof setTimeout>;
    const tick = () => {
      const now = Date.now();
      setClock({ forMs: ms, now });
      id = setTimeout(tick, tickInterval(Math.abs(now - ms)));
    };
    id = setTimeout(tick, 0);
    return () => clearTimeout(id);
  }, [ms]);

  // react-query reports 0 when the data was never fetched: there is no time to show.
  if (!Number.isFinite(ms) || ms <= 0) return null;
  const now = clock.forMs === ms ? clock.now : ms;
  const text = formatRelativeTime(ms, now);
  return (
    <time dateTime={new Date(ms).toISOString()} title={new Date(ms).toLocaleString()}>
      {prefix ? `${prefix} ${text}` : text}
    </time>
  );
}
