import LinearProgress from '@mui/material/LinearProgress';

/** Shown by the router when a page chunk or loader takes a while (after defaultPendingMs). */
export function PendingBar() {
  return <LinearProgress aria-label="Loading page" sx={{ position: 'sticky', top: 0 }} />;
}
