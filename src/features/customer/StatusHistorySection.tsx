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

export function StatusHistorySection({ guid, now }: { guid: string; now: number }) {
  const query = useQuery(snapshotQueries.customerTimeline(guid));
  let body;
  if (query.isPending) {
    body = (
      <Typography variant="body2" color="text.secondary" role="status">
        Loading the status history…
      </Typography>
    );
  } else if (query.isError) {
    body = (
      <Typography variant="body2" role="alert">
        Couldn't load the status history: {describeError(query.error).message}
      </Typography>
    );
  } else if (query.data.keys.length === 0) {
    body = (
      <Typography variant="body2" color="text.secondary">
        No OVOC service is matched to this customer, so there is no status history.
      </Typography>
    );
  } else {
    body = (
      <StatusTimeline
        changes={query.data.changes}
        label="Status history"
        now={now}
        withName={query.data.keys.length > 1}
        emptyText={`No status changes in the last ${TIMELINE_DAYS} days.`}
      />
    );
  }
  return <Section title={`Status history (${TIMELINE_DAYS} days)`}>{body}</Section>;
}
