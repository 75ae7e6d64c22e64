/**
 * "since 3 hours ago" for a status, or "since at least 2 days ago" when the console began watching
 * after the status began (the server's first sight of it). The exact time is in <time>.
 */
import Typography from '@mui/material/Typography';
import type { Since as SinceValue } from '../../api/schemas/console-snapshot';
import { formatRelativeTime } from '../../components/RelativeTime';
import { Nullable } from '../../components/Nullable';
import { formatExactTime } from '../../i18n/format';
import { t } from './messages';

export function sinceText(since: SinceValue, now: number): string {
  return t(since.atLeast ? 'health.sinceAtLeast' : 'health.since', { when: formatRelativeTime(since.at, now) });
}

export function Since({ since, now }: { since: SinceValue | null; now: number }) {
  const ms = since ? Date.parse(since.at) : Number.NaN;
  if (!since || !Number.isFinite(ms)) return <Nullable value={null} />;
  const exact = formatExactTime(ms);
  return (
    <Typography variant="body2" component="span" sx={{ whiteSpace: 'nowrap' }}>
      <time dateTime={new Date(ms).toISOString()} title={t(since.atLeast ? 'health.sinceAtLeast.title' : 'health.since.title', { time: exact })}>
        {sinceText(since, now)}
      </time>
    </Typography>
  );
}
