/**
 * The customer's status history: the changes of the OVOC services matched to it (the server's
 * snapshot decides the match), the last 30 days, newest first. Updates with the live snapshot.
 */
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { snapshotQueries, TIMELINE_DAYS } from '../../api/queries';
import { describeError } from '../../api/error-words';
import { StatusTimeline } from '../../components/StatusTimeline';
import { Section } from './Section';
import { t } from './messages';

export function StatusHistorySection({ guid, now }: { guid: string; now: number }) {
  const query = useQuery(snapshotQueries.customerTimeline(guid));
  let body;
  if (query.isPending) {
    body = (
      <Typography variant="body2" color="text.secondary" role="status">
        {t('customer.history.loading')}
      </Typography>
    );
  } else if (query.isError) {
    body = (
      <Typography variant="body2" role="alert">
        {t('customer.history.loadFailed', { message: describeError(query.error).message })}
      </Typography>
    );
  } else if (query.data.keys.length === 0) {
    body = (
      <Typography variant="body2" color="text.secondary">
        {t('customer.history.noMatch')}
      </Typography>
    );
  } else {
    body = (
      <StatusTimeline
        changes={query.data.changes}
        label={t('customer.history.label')}
        now={now}
        withName={query.data.keys.length > 1}
        emptyText={t('customer.history.empty', { days: TIMELINE_DAYS })}
      />
    );
  }
  return <Section title={t('customer.history.title', { days: TIMELINE_DAYS })}>{body}</Section>;
}
