/**
 * MUI's Alert, loaded when the first one is shown. Alerts only appear on errors and warnings, so
 * its code (and its four severity icons) is not part of what every page loads at start. It is
 * fetched on idle (`preloadAlert`, called by the shell), so an error that shows up later does not
 * wait for a download and renders at once; if that fetch failed (the very network error being
 * reported, say), a plain element with the same role, text and actions is shown instead of nothing.
 */
import { lazy, Suspense, useState, type ComponentType } from 'react';
import type { AlertProps } from '@mui/material/Alert';

function PlainAlert({ role = 'alert', children, action }: AlertProps) {
  return (
    <div role={role}>
      {children}
      {action}
    </div>
  );
}

let loaded: ComponentType<AlertProps> | null = null;
let promise: Promise<{ default: ComponentType<AlertProps> }> | null = null;
export function preloadAlert() {
  promise ??= import('@mui/material/Alert').then(
    (m) => {
      loaded = m.default;
      return m;
    },
    () => {
      promise = null;
      return { default: PlainAlert };
    },
  );
  return promise;
}

const Deferred = lazy(preloadAlert);

export function LazyAlert(props: AlertProps) {
  // Chosen once per alert: switching paths later would remount it (and announce it again).
  const [Alert] = useState(() => loaded);
  if (Alert) return <Alert {...props} />;
  return (
    <Suspense fallback={null}>
      <Deferred {...props} />
    </Suspense>
  );
}
