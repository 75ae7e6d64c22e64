/**
 * MUI's Tooltip, loaded after the first paint. Tooltip brings Popper (~11 kB gzip), which the
 * services route's first paint does not need: until the chunk is in (fetched when the browser is
 * idle), the child renders alone, with its accessible name from its own aria-label as always.
 * When the Tooltip arrives the child is mounted again inside it (a focus on it in that moment is lost).
 */
import { useEffect, useState, type ComponentType } from 'react';
import type { TooltipProps } from '@mui/material/Tooltip';

let Tooltip: ComponentType<TooltipProps> | undefined;
let loading: Promise<void> | undefined;

/** Fetches the Tooltip (once). Tests call it first, so a tooltip is there from the first render as after load. */
export function loadTooltip(): Promise<void> {
  loading ??= import('@mui/material/Tooltip').then((module) => {
    Tooltip = module.default;
  });
  return loading;
}

export function Hint(props: TooltipProps) {
  const [ready, setReady] = useState(() => Tooltip !== undefined);
  useEffect(() => {
    if (ready) return;
    let live = true;
    const start = () =>
      void loadTooltip().then(() => {
        if (live) setReady(true);
      });
    const idle = typeof requestIdleCallback === 'function' ? requestIdleCallback(start, { timeout: 2000 }) : undefined;
    const timer = idle === undefined ? setTimeout(start, 0) : undefined;
    return () => {
      live = false;
      if (idle !== undefined) cancelIdleCallback(idle);
      clearTimeout(timer);
    };
  }, [ready]);
  return ready && Tooltip ? <Tooltip {...props} /> : props.children;
}
