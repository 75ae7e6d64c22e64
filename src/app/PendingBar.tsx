/**
 * Shown by the router when a page chunk or loader takes a while (after defaultPendingMs): an
 * indeterminate progress bar at the top of the page.
 */
import LinearProgress from '@mui/material/LinearProgress';

export function PendingBar() {
  return <LinearProgress aria-label="Loading page" sx={{ position: 'sticky', top: 0, zIndex: 0 }} />;
}
