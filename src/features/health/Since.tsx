/**
 * "since 3 hours ago" for a status, or "since at least 2 days ago" when the console began watching
 * after the status began (the server's first sight of it). The exact time is in <time>.
 */
import Typography from '@mui/material/Typography';
import type { Since as SinceValue } from '../../api/schemas/console-snapshot';
import { formatRelativeTime } from '../../components/RelativeTime';
import { Nullable } from '../../components/Nullable';

export function sinceText(since: SinceValue, now: number): string {
  return `${since.atLeast ? 'since at least' : 'since'} ${formatRelativeTime(since.at, now)}`;
}

export function Since({ since, now }: { since: SinceValue | null; now: number }) {
  const ms = since ? Date.parse(since.at) : Number.NaN;
  if (!since || !Number.isFinite(ms)) return <Nullable value={null} />;
  const exact = new Date(ms).toLocaleString();
  return (
    <Typography variant="body2" component="span" sx={{ whiteSpace: 'nowrap' }}>
      <time dateTime={new Date(ms).toISOString()} title={`${since.atLeast ? 'At least since' : 'Since'} ${exact}`}>
        {sinceText(since, now)}
      </time>
    </Typography>
  );
}
