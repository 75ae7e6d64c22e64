/**
 * "Changed in the last 24 hours": every status change the server recorded in the window (first
 * sightings left out), newest first, each with its service; a service's name opens its row.
 */
import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { snapshotQueries } from '../../api/queries';
import { ErrorPanel } from '../../components/ErrorPanel';
import { StatusTimeline } from '../../components/StatusTimeline';
import { t } from './messages';

export const RECENT_HOURS = 24;

export function RecentChanges({ now }: { now: number }) {
  const query = useQuery(snapshotQueries.changes(RECENT_HOURS));
  if (query.isPending) {
    return (
      <Box role="status" sx={{ py: 4 }}>
        <LinearProgress aria-hidden />
        <Typography variant="body2" sx={{ mt: 1 }}>
          {t('health.changes.loading')}
        </Typography>
      </Box>
    );
  }
  if (query.isError) {
    return <ErrorPanel error={query.error} ovoc="services" onRetry={() => void query.refetch()} title={t('health.changes.loadFailed')} />;
  }
  const { changes } = query.data;
  return (
    <Box component="section" aria-labelledby="recent-changes-title">
      <Typography id="recent-changes-title" variant="h6" component="h2" sx={{ mb: 1 }}>
        {t('health.changes.title', { hours: RECENT_HOURS })}
      </Typography>
      <Typography variant="body2" color="text.secondary" role="status" sx={{ mb: 1 }}>
        {t('health.changes.count', { count: changes.length })}
      </Typography>
      <StatusTimeline
        changes={changes}
        label={t('health.changes.label', { hours: RECENT_HOURS })}
        now={now}
        withName
        emptyText={t('health.changes.empty', { hours: RECENT_HOURS })}
      />
    </Box>
  );
}
