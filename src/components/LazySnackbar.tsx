/**
 * MUI's Snackbar (with its transition and click-away listener), loaded when the first message is
 * shown: nothing on a page's first screen needs it. Fetched on idle (`preloadSnackbar`, called by
 * the shell) so a message does not wait for a download. Once shown it stays mounted, so closing
 * plays its exit transition as before.
 */
import { lazy, Suspense, useState } from 'react';
import type { SnackbarProps } from '@mui/material/Snackbar';

let promise: Promise<typeof import('@mui/material/Snackbar')> | null = null;
export function preloadSnackbar() {
  promise ??= import('@mui/material/Snackbar').catch((error: unknown) => {
    promise = null;
    throw error;
  });
  return promise;
}

const Snackbar = lazy(preloadSnackbar);

export function LazySnackbar(props: SnackbarProps) {
  const [used, setUsed] = useState(false);
  if (props.open && !used) setUsed(true);
  if (!used && !props.open) return null;
  return (
    <Suspense fallback={null}>
      <Snackbar {...props} />
    </Suspense>
  );
}
