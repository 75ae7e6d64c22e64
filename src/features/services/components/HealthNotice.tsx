/**
 * A small, non-blocking note above the table when OVOC health cannot be shown: what the failure
 * means in plain words (domain/ovoc-errors.ts), that the customer list itself is fine, and whether a
 * chosen Health filter is being held back. A status, not an alert: nothing here needs action now.
 */
import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';
import { LazyAlert as Alert } from '../../../components/LazyAlert';
import type { HealthUnavailable } from '../ovoc-health';

export interface HealthNoticeProps {
  reason: HealthUnavailable;
  /** A Health filter is chosen (it cannot be applied without OVOC). */
  filterChosen: boolean;
  onRetry: () => void;
  retrying: boolean;
}

export function HealthNotice({ reason, filterChosen, onRetry, retrying }: HealthNoticeProps) {
  return (
    <Alert
      severity="info"
      role="status"
      variant="outlined"
      sx={{ mb: 2 }}
      action={
        reason.retryable ? (
          <Button color="inherit" size="small" onClick={onRetry} loading={retrying}>
            Retry
          </Button>
        ) : undefined
      }
    >
      <AlertTitle>{`OVOC health is unavailable: ${reason.title}`}</AlertTitle>
      {reason.meaning} The customer list itself is not affected; the Health column says "Unavailable".
      {filterChosen ? ' The Health filter is not applied until OVOC health can be read.' : null}
    </Alert>
  );
}
