/** What the create call answered: deployment state, site locations, progress, and any error, with the way on. */
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { CreateCustomerRequest, CreateCustomerResponse } from '../../../api/schemas';
import { CopyButton } from '../../../components/CopyButton';
import { RouterButton } from '../../../components/RouterLink';
import { StatusChip, type StatusSeverity } from '../../../components/StatusChip';
import { parseProgressDetails } from '../../../domain/progress-details';
import { statusLabel } from '../../../components/status-words';
import { statusSeverity } from '../../../domain/statuses';
import { t } from '../messages';
import { ProgressTimeline } from './ProgressTimeline';
import { TaskProgress } from './TaskProgress';

function deploymentSeverity(state: string | number | null, failed: boolean): StatusSeverity {
  const severity = statusSeverity(state);
  if (severity !== 'unknown') return severity;
  if (typeof state === 'string' && /fail|error/i.test(state)) return 'error';
  return failed ? 'error' : 'unknown';
}

export interface CreateResultProps {
  request: CreateCustomerRequest;
  response: CreateCustomerResponse;
  onCreateAnother: () => void;
}

export function CreateResult({ request, response, onCreateAnother }: CreateResultProps) {
  const name = response.customerId ?? request.shortName;
  const steps = parseProgressDetails(response.progressDetails);
  const failed = response.errorDetails !== null || steps.some((s) => s.level?.toLowerCase() === 'error');
  return (
    <Stack spacing={3}>
      {response.errorDetails !== null ? (
        <Alert severity="error" role="alert">
          <AlertTitle>{t('onboarding.result.deploymentError', { name })}</AlertTitle>
          {response.errorDetails}
        </Alert>
      ) : (
        <Alert severity="success" role="status">
          <AlertTitle>{t('onboarding.result.created', { name })}</AlertTitle>
          {t('onboarding.result.createdText')}
        </Alert>
      )}
      <Paper variant="outlined" sx={{ p: 2 }}>
        <Box component="dl" sx={{ m: 0, display: 'grid', gridTemplateColumns: { xs: '1fr', sm: 'max-content 1fr' }, columnGap: 3, rowGap: 1.5 }}>
          <Box component="dt" sx={{ fontWeight: 'fontWeightMedium' }}>
            {t('onboarding.result.deploymentState')}
          </Box>
          <Box component="dd" sx={{ m: 0 }}>
            <StatusChip label={statusLabel(response.deploymentState)} severity={deploymentSeverity(response.deploymentState, failed)} />
          </Box>
          <Box component="dt" sx={{ fontWeight: 'fontWeightMedium' }}>
            {t('onboarding.result.customerId')}
          </Box>
          <Box component="dd" sx={{ m: 0, display: 'flex', alignItems: 'center', gap: 0.5, overflowWrap: 'anywhere' }}>
            <code>{response.id}</code>
            <CopyButton value={response.id} what={t('onboarding.result.customerIdCopy')} />
          </Box>
          <Box component="dt" sx={{ fontWeight: 'fontWeightMedium' }}>
            {t('onboarding.result.siteLocationIds')}
          </Box>
          <Box component="dd" sx={{ m: 0 }}>
            {response.siteLocationIds.length === 0 ? (
              <Typography variant="body2" color="text.secondary" component="span">
                {t('onboarding.result.noneReturned')}
              </Typography>
            ) : (
              <Box component="ul" sx={{ m: 0, pl: 0, listStyle: 'none' }}>
                {response.siteLocationIds.map((id) => (
                  <li key={String(id)}>
                    <code>{String(id)}</code>
                  </li>
                ))}
              </Box>
            )}
          </Box>
        </Box>
      </Paper>
      <Box component="section" aria-labelledby="progress-heading">
        <Typography id="progress-heading" variant="h6" component="h2" sx={{ mb: 1 }}>
          {t('onboarding.result.progress')}
        </Typography>
        <ProgressTimeline steps={steps} label={t('onboarding.result.deploymentProgress')} />
      </Box>
      <Box component="section" aria-labelledby="task-heading">
        <Typography id="task-heading" variant="h6" component="h2" sx={{ mb: 1 }}>
          {t('onboarding.result.deploymentTask')}
        </Typography>
        <TaskProgress id={response.id} />
      </Box>
      <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap' }}>
        <RouterButton variant="contained" to="/customers/$guid" params={{ guid: response.id }}>
          {t('onboarding.open', { name })}
        </RouterButton>
        <RouterButton variant="outlined" to="/">
          {t('onboarding.result.backToServices')}
        </RouterButton>
        <Button onClick={onCreateAnother}>{t('onboarding.createAnother')}</Button>
      </Stack>
    </Stack>
  );
}
