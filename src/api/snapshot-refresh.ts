/**
 * The Refresh button of the snapshot pages: POST /api/console/refresh asks the server's poller to
 * read the Live Platform now. The answer comes back as a live `snapshot` event (and the ETag makes
 * the refetch cheap when nothing changed); a refresh asked for in the last 10 s is coalesced.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { http } from './http';
import { snapshotKeys } from './queries';
import { refreshAnswerSchema, type RefreshAnswer } from './schemas/console-snapshot';

export function requestSnapshotRefresh(): Promise<RefreshAnswer> {
  return http('/api/console/refresh', { method: 'POST', schema: refreshAnswerSchema });
}

export interface RefreshNotice {
  message: string;
  severity: 'success' | 'info' | 'error';
}

const inSeconds = (seconds: number) => {
  const whole = Math.max(1, Math.ceil(seconds));
  return `${whole} second${whole === 1 ? '' : 's'}`;
};

/** What the person is told after pressing Refresh. */
export function describeRefreshAnswer(answer: RefreshAnswer): RefreshNotice {
  if (answer.accepted) return { message: 'Reading the Live Platform now; the page updates when the new data is in.', severity: 'success' };
  return {
    message: `A refresh was asked for moments ago and is on its way. Try again in ${inSeconds(answer.retryAfterSeconds)}.`,
    severity: 'info',
  };
}

export function useSnapshotRefresh() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: snapshotKeys.refresh(),
    mutationFn: requestSnapshotRefresh,
    // Coalesced on the server already; a second POST would only be refused.
    retry: 0,
    onSuccess: () => {
      // Revalidate now in case the live stream is down (a 304 when nothing changed yet).
      void queryClient.invalidateQueries({ queryKey: snapshotKeys.all });
    },
  });
}
