/**
 * Asks before leaving the wizard with something typed: in-app navigation through TanStack Router's
 * blocker (our own dialog), closing or reloading the tab through the browser's beforeunload prompt.
 */
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import { useBlocker } from '@tanstack/react-router';
import { t } from './messages';

export function LeaveGuard({ when }: { when: boolean }) {
  const blocker = useBlocker({
    shouldBlockFn: ({ current, next }) => when && current.pathname !== next.pathname,
    enableBeforeUnload: () => when,
    withResolver: true,
  });
  const open = blocker.status === 'blocked';
  return (
    <Dialog open={open} onClose={() => blocker.reset?.()} aria-labelledby="leave-title" aria-describedby="leave-text">
      <DialogTitle id="leave-title">{t('onboarding.leave.title')}</DialogTitle>
      <DialogContent>
        <DialogContentText id="leave-text">
          {t('onboarding.leave.text')}
        </DialogContentText>
      </DialogContent>
      <DialogActions>
        <Button onClick={() => blocker.reset?.()} autoFocus>
          {t('onboarding.leave.stay')}
        </Button>
        <Button onClick={() => blocker.proceed?.()} color="warning">
          {t('onboarding.leave.leave')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
