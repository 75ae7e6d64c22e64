/** Follows GET /api/v2/task/{id} after a create until the deployment task has finished. */
import Stack from '@mui/material/Stack';
import { UnreadableNotice } from '../../../components/UnreadableNotice';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { describeError } from '../../../api/error-words';
import { taskQueries } from '../../../api/queries';
import type { Task } from '../../../api/schemas';
import { StatusChip, type StatusSeverity } from '../../../components/StatusChip';
import { statusLabel } from '../../../components/status-words';
import { t } from '../messages';
import { ProgressTimeline } from './ProgressTimeline';

const POLL_MS = 2000;
/** Which of the notice's titles fits (a key, not a word). */

export function isTaskFinished(task: Task | undefined): boolean {
  if (!task) return false;
  if (task.completeTime !== null) return true;
  const status = String(task.status ?? '').toLowerCase();
  return status.startsWith('completed') || status.startsWith('failed') || status === 'cancelled';
}

function taskSeverity(task: Task): StatusSeverity {
  const status = String(task.status ?? '').toLowerCase();
  if (status === 'completedsuccess') return 'ok';
  if (status.includes('error') || status.startsWith('failed')) return 'error';
  return isTaskFinished(task) ? 'unknown' : 'unmonitored';
}

export function TaskProgress({ id }: { id: string }) {
  const task = useQuery({
    ...taskQueries.detail(id),
    refetchInterval: (query) => (query.state.status === 'error' || isTaskFinished(query.state.data) ? false : POLL_MS),
  });
  if (task.isPending) {
    return (
      <Typography variant="body2" color="text.secondary">
        {t('onboarding.task.reading')}
      </Typography>
    );
  }
  if (task.isError) {
    return (
      <Typography variant="body2" color="text.secondary">
        {t('onboarding.task.readFailed', { message: describeError(task.error).message })}
      </Typography>
    );
  }
  const data = task.data;
  return (
    <Stack spacing={1.5}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
        <Typography variant="body2">{t('onboarding.task.status')}</Typography>
        <StatusChip label={statusLabel(data.status)} severity={taskSeverity(data)} />
        {!isTaskFinished(data) ? (
          <Typography variant="body2" color="text.secondary" role="status">
            {t('onboarding.task.running', { seconds: POLL_MS / 1000 })}
          </Typography>
        ) : null}
      </Stack>
      {data.$unreadable?.executionMessages ? (
        <UnreadableNotice unreadable={data.$unreadable.executionMessages} kind="taskMessages" source={t('onboarding.task.messagesSource')} />
      ) : null}
      <ProgressTimeline
        label={t('onboarding.task.messages')}
        steps={data.executionMessages.map((m) => ({ level: m.level === null ? null : String(m.level), message: m.message ?? '' }))}
      />
    </Stack>
  );
}
