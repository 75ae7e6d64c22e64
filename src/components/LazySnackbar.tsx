/**
 * MUI's Snackbar (with its transition and click-away listener), loaded when the first message is
 * shown: nothing on a page's first screen needs it. Fetched on idle (`preloadSnackbar`, called by
 * the shell) so a message does not wait for a download. Once shown it stays mounted, so closing
 * plays its exit transition as before.
 */
import { Suspense, useState } from 'react';
import type { SnackbarProps } from '@mui/material/Snackbar';
import { lazyOnIdle } from './lazyOnIdle';

const snackbar = lazyOnIdle<SnackbarProps>(() => import('@mui/material/Snackbar'));
export const preloadSnackbar = snackbar.preload;

export function LazySnackbar(props: SnackbarProps) {
  const [used, setUsed] = useState(false);
  if (props.open && !used) setUsed(true);
  if (!used && !props.open) return null;
  return (
    <Suspense fallback={null}>
      <snackbar.Component {...props} />
    </Suspense>
  );
}
