/**
 * What happened to the last send, on the review step. The "outcome unknown" path says plainly what
 * the re-check found, so nobody sends a second create for a customer that already exists.
 */
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { describeError } from '../../api/error-words';
import { ErrorPanel } from '../../components/ErrorPanel';
import { RouterLink } from '../../components/RouterLink';
import type { CreateFlowState } from './useCreateFlow';

export interface SubmitStatusProps {
  state: CreateFlowState;
  onRecheck: () => void;
  /** Server errors that name no field of the form. */
  unmappedErrors: Array<{ key: string; messages: string[] }>;
}

function NoAnswer({ error }: { error: unknown }) {
  return (
    <Typography variant="body2">
      {describeError(error).message} The platform’s answer never arrived, so the customer may or may not have been created.
    </Typography>
  );
}

export function SubmitStatus({ state, onRecheck, unmappedErrors }: SubmitStatusProps) {
  switch (state.kind) {
    case 'idle':
    case 'sending':
    case 'created':
      return null;
    case 'checking':
      return (
        <Alert severity="warning" icon={<CircularProgress size={20} />} role="status">
          <AlertTitle>Checking whether {state.request.shortName} was created…</AlertTitle>
          <NoAnswer error={state.error} />
          <Typography variant="body2">
            Live Platform may still be working on it, so the services list is read again for a few seconds before sending again is offered.
          </Typography>
        </Alert>
      );
    case 'checkFailed':
      return (
        <Alert severity="error" role="alert" action={<Button color="inherit" size="small" onClick={onRecheck}>Check again</Button>}>
          <AlertTitle>Could not check whether {state.request.shortName} was created</AlertTitle>
          <NoAnswer error={state.error} />
          <Typography variant="body2">
            Reading the services list failed too ({describeError(state.checkError).message}). Sending again stays blocked until
            the check succeeds, so the customer cannot be created twice.
          </Typography>
        </Alert>
      );
    case 'found':
      return (
        <Alert severity="success" role="alert">
          <AlertTitle>A customer named {state.existing.customerShortName} now exists: it was created</AlertTitle>
          <NoAnswer error={state.error} />
          <Typography variant="body2">
            The services list shows it now, so it was not sent again.{' '}
            {state.existing.umpCustomerGuid === null ? (
              // An Operator Connect lead has no details page.
              <>It is an Operator Connect lead with no license yet.</>
            ) : (
              <RouterLink to="/customers/$guid" params={{ guid: state.existing.umpCustomerGuid }}>
                Open {state.existing.customerShortName}
              </RouterLink>
            )}
          </Typography>
        </Alert>
      );
    case 'absent':
      return (
        <Alert severity="info" role="alert">
          <AlertTitle>No customer named {state.request.shortName} exists: it is safe to submit again</AlertTitle>
          <NoAnswer error={state.error} />
          <Typography variant="body2">
            The services list was read again for several seconds and does not include it in this Microsoft tenant. Should Live
            Platform still finish the first request, it refuses a second one as a duplicate instead of creating it twice.
          </Typography>
        </Alert>
      );
    case 'refused':
      if (state.failure === 'duplicate') {
        return (
          <Alert severity="error" role="alert">
            <AlertTitle>The short name is already taken</AlertTitle>
            {describeError(state.error).message} Choose another short name in the Customer step.
          </Alert>
        );
      }
      if (state.failure === 'validation') {
        return (
          <Alert severity="error" role="alert">
            <AlertTitle>Live Platform refused some values</AlertTitle>
            <Stack spacing={0.5}>
              <Typography variant="body2">They are marked on their fields. Nothing was created.</Typography>
              {unmappedErrors.map((e) => (
                <Typography key={e.key} variant="body2">
                  <strong>{e.key}</strong>: {e.messages.join(' ')}
                </Typography>
              ))}
            </Stack>
          </Alert>
        );
      }
      return <ErrorPanel error={state.error} title="The customer was not created" />;
  }
}
