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

export function LeaveGuard({ when }: { when: boolean }) {
  const blocker = useBlocker({
    shouldBlockFn: ({ current, next }) => when && current.pathname !== next.pathname,
    enableBeforeUnload: () => when,
    withResolver: true,
  });
  const open = blocker.status === 'blocked';
  return (
    <Dialog open={open} onClose={() => blocker.reset?.()} aria-labelledby="leave-title" aria-describedby="leave-text">
      <DialogTitle id="leave-title">Leave the new customer?</DialogTitle>
      <DialogContent>
        <DialogContentText id="leave-text">
          The customer has not been created yet. What you typed stays as a draft in this browser tab and is here when you
          come back, except the carrier password, which is never saved.
        </DialogContentText>
      </DialogContent>
      <DialogActions>
        <Button onClick={() => blocker.reset?.()} autoFocus>
          Stay
        </Button>
        <Button onClick={() => blocker.proceed?.()} color="warning">
          Leave
        </Button>
      </DialogActions>
    </Dialog>
  );
}
