/**
 * "Updated 12 seconds ago" that keeps itself current. Pass react-query's `dataUpdatedAt` (ms) or
 * any date. The exact time is in the <time> element's dateTime and title for those who need it.
 */
import { useEffect, useState } from 'react';
import { formatExactTime, perLocale } from '../i18n/format';
import { t, useT } from './messages';

export type DateInput = Date | number | string;

function toMs(value: DateInput): number {
  return value instanceof Date ? value.getTime() : typeof value === 'number' ? value : Date.parse(value);
}

const relative = perLocale((locale) => new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }));

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
  if (!Number.isFinite(ms)) return t('time.unknown');
  const seconds = Math.round((ms - now) / 1000);
  if (Math.abs(seconds) < 5) return t('time.justNow');
  for (const [unit, size] of UNITS) {
    if (Math.abs(seconds) >= size || unit === 'second') {
      return relative().format(Math.trunc(seconds / size), unit);
    }
  }
  return t('time.justNow');
}

/** Re-render often while the time is fresh (seconds change), rarely once it is old. */
function tickInterval(ageMs: number): number {
  if (ageMs < 60_000) return 5_000;
  if (ageMs < 3_600_000) return 30_000;
  return 300_000;
}

export interface RelativeTimeProps {
  date: DateInput;
  /** The sentence around the relative part: "Updated 5 minutes ago", "Live Platform read 5 minutes ago", or the bare time. */
  sentence?: 'updated' | 'snapshot' | 'none';
}

export function RelativeTime({ date, sentence = 'updated' }: RelativeTimeProps) {
  const translate = useT();
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
    <time dateTime={new Date(ms).toISOString()} title={formatExactTime(ms)}>
      {sentence === 'none' ? text : translate(sentence === 'updated' ? 'time.updated' : 'snapshot.age', { when: text })}
    </time>
  );
}
