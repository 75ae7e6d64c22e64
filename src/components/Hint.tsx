/**
 * MUI's Tooltip, loaded after the first paint. Tooltip brings Popper (~11 kB gzip), which the
 * services route's first paint does not need: until the chunk is in (fetched when the browser is
 * idle), the child renders alone, with its accessible name from its own aria-label as always.
 * When the Tooltip arrives the child is mounted again inside it; if it had the focus, it gets it back.
 */
import { cloneElement, useEffect, useLayoutEffect, useRef, useState, type ComponentType, type ReactElement, type Ref } from 'react';
import type { TooltipProps } from '@mui/material/Tooltip';
import { useForkRef } from '@mui/material/utils';

type TooltipComponent = ComponentType<TooltipProps>;

/** A Hint over the Tooltip that `load` brings; `preload` fetches it (once). */
export function lazyHint(load: () => Promise<TooltipComponent>) {
  let Tooltip: TooltipComponent | undefined;
  let loading: Promise<void> | undefined;
  const preload = (): Promise<void> => {
    loading ??= load().then((component) => {
      Tooltip = component;
    });
    return loading;
  };

  function Hint(props: TooltipProps) {
    const [ready, setReady] = useState(() => Tooltip !== undefined);
    const childNode = useRef<HTMLElement | null>(null);
    const hadFocus = useRef(false);
    useEffect(() => {
      if (ready) return;
      let live = true;
      const start = () =>
        void preload().then(() => {
          if (!live) return;
          hadFocus.current = childNode.current !== null && childNode.current === document.activeElement;
          setReady(true);
        });
      const idle = typeof requestIdleCallback === 'function' ? requestIdleCallback(start, { timeout: 2000 }) : undefined;
      const timer = idle === undefined ? setTimeout(start, 0) : undefined;
      return () => {
        live = false;
        if (idle !== undefined) cancelIdleCallback(idle);
        clearTimeout(timer);
      };
    }, [ready]);
    useLayoutEffect(() => {
      if (!ready || !hadFocus.current) return;
      hadFocus.current = false;
      childNode.current?.focus({ preventScroll: true });
    }, [ready]);

    // React 19: an element's ref is one of its props.
    const element = props.children as ReactElement<{ ref?: Ref<HTMLElement> }>;
    const childRef = useForkRef(element.props.ref, childNode);
    const child = cloneElement(element, { ref: childRef });
    return ready && Tooltip ? <Tooltip {...props}>{child}</Tooltip> : child;
  }

  return { Hint, preload };
}

const tooltip = lazyHint(() => import('@mui/material/Tooltip').then((module) => module.default));

export const Hint = tooltip.Hint;
/** Fetches the Tooltip (once). Tests call it first, so a tooltip is there from the first render as after load. */
export const loadTooltip = tooltip.preload;
