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
import { t } from './messages';
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
      {t('onboarding.submit.noAnswer', { message: describeError(error).message })}
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
          <AlertTitle>{t('onboarding.submit.checkingTitle', { shortName: state.request.shortName })}</AlertTitle>
          <NoAnswer error={state.error} />
          <Typography variant="body2">
            {t('onboarding.submit.checkingText')}
          </Typography>
        </Alert>
      );
    case 'checkFailed':
      return (
        <Alert severity="error" role="alert" action={<Button color="inherit" size="small" onClick={onRecheck}>{t('onboarding.submit.checkAgain')}</Button>}>
          <AlertTitle>{t('onboarding.submit.checkFailedTitle', { shortName: state.request.shortName })}</AlertTitle>
          <NoAnswer error={state.error} />
          <Typography variant="body2">
            {t('onboarding.submit.checkFailedText', { message: describeError(state.checkError).message })}
          </Typography>
        </Alert>
      );
    case 'found':
      return (
        <Alert severity="success" role="alert">
          <AlertTitle>{t('onboarding.submit.foundTitle', { shortName: state.existing.customerShortName })}</AlertTitle>
          <NoAnswer error={state.error} />
          <Typography variant="body2">
            {t('onboarding.submit.foundText')}{' '}
            {state.existing.umpCustomerGuid === null ? (
              // An Operator Connect lead has no details page.
              <>{t('onboarding.submit.foundLead')}</>
            ) : (
              <RouterLink to="/customers/$guid" params={{ guid: state.existing.umpCustomerGuid }}>
                {t('onboarding.open', { name: state.existing.customerShortName })}
              </RouterLink>
            )}
          </Typography>
        </Alert>
      );
    case 'absent':
      return (
        <Alert severity="info" role="alert">
          <AlertTitle>{t('onboarding.submit.absentTitle', { shortName: state.request.shortName })}</AlertTitle>
          <NoAnswer error={state.error} />
          <Typography variant="body2">
            {t('onboarding.submit.absentText')}
          </Typography>
        </Alert>
      );
    case 'refused':
      if (state.failure === 'duplicate') {
        return (
          <Alert severity="error" role="alert">
            <AlertTitle>{t('onboarding.submit.duplicateTitle')}</AlertTitle>
            {t('onboarding.submit.duplicateText', { message: describeError(state.error).message })}
          </Alert>
        );
      }
      if (state.failure === 'validation') {
        return (
          <Alert severity="error" role="alert">
            <AlertTitle>{t('onboarding.submit.refusedTitle')}</AlertTitle>
            <Stack spacing={0.5}>
              <Typography variant="body2">{t('onboarding.submit.refusedText')}</Typography>
              {unmappedErrors.map((e) => (
                <Typography key={e.key} variant="body2">
                  <strong>{e.key}</strong>: {e.messages.join(' ')}
                </Typography>
              ))}
            </Stack>
          </Alert>
        );
      }
      return <ErrorPanel error={state.error} title={t('onboarding.submit.notCreated')} />;
  }
}
