/**
 * MUI's Alert, loaded when the first one is shown. Alerts only appear on errors and warnings, so
 * its code (and its four severity icons) is not part of what every page loads at start. It is
 * fetched on idle (`preloadAlert`, called by the shell), so an error that shows up later does not
 * wait for a download and renders at once; if that fetch failed (the very network error being
 * reported, say), a plain element with the same role, text and actions is shown instead of nothing.
 */
import type { AlertProps } from '@mui/material/Alert';
import { lazyOnIdle } from './lazyOnIdle';

function PlainAlert({ role = 'alert', children, action }: AlertProps) {
  return (
    <div role={role}>
      {children}
      {action}
    </div>
  );
}

const alert = lazyOnIdle<AlertProps>(() => import('@mui/material/Alert'), PlainAlert);
export const preloadAlert = alert.preload;

export function LazyAlert(props: AlertProps) {
  return <alert.Render {...props} />;
}
