/**
 * An OVOC call's failure, explained: the documented meaning of its status in plain words
 * (domain/ovoc-errors) inside the shared ErrorPanel, which also carries the ticket, trace id and Retry.
 */
import Typography from '@mui/material/Typography';
import { isApiError } from '../../api/http';
import { ErrorPanel } from '../../components/ErrorPanel';
import { ovocErrorMeaning, type OvocErrorSubject } from '../../domain/ovoc-errors';

export interface OvocErrorPanelProps {
  error: unknown;
  subject: OvocErrorSubject;
  onRetry?: () => void;
  /** Heading when the status has no documented meaning. */
  fallbackTitle: string;
}

export function OvocErrorPanel({ error, subject, onRetry, fallbackTitle }: OvocErrorPanelProps) {
  const meaning = ovocErrorMeaning(isApiError(error) ? error.status : undefined, subject);
  return (
    <ErrorPanel error={error} title={meaning?.title ?? fallbackTitle} onRetry={onRetry}>
      {meaning ? (
        <>
          <Typography variant="body2" sx={{ mt: 1 }}>
            {meaning.meaning}
          </Typography>
          <Typography variant="body2" sx={{ mt: 0.5, fontWeight: 'fontWeightMedium' }}>
            {meaning.action}
          </Typography>
        </>
      ) : null}
    </ErrorPanel>
  );
}
