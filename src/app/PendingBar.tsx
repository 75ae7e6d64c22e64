/**
 * Shown by the router when a page chunk or loader takes a while (after defaultPendingMs): an
 * indeterminate progress bar at the top of the page.
 */
import LinearProgress from '@mui/material/LinearProgress';
import { useT } from './messages';

export function PendingBar() {
  const t = useT();
  return <LinearProgress aria-label={t('shell.loadingPage')} sx={{ position: 'sticky', top: 0, zIndex: 0 }} />;
}
