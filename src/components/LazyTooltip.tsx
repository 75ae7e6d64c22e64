/**
 * MUI's Tooltip, loaded when first needed. Tooltip brings Popper and popper.js (~13 kB gzip) that
 * no page needs to show its content, so until someone points at or focuses the element, it renders
 * the element alone with the same accessible name or description the closed Tooltip gives it
 * (title as aria-label, or as the title attribute with `describeChild`). The module is fetched on
 * idle, so the swap on the first hover or focus is immediate; the element keeps focus across it.
 */
import {
  cloneElement,
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
  type ComponentType,
  type FocusEvent,
  type MouseEvent,
  type ReactElement,
  type Ref,
} from 'react';
import type { TooltipProps } from '@mui/material/Tooltip';
import { loadOnIdle } from './loadOnIdle';

type ChildProps = {
  onMouseOver?: (event: MouseEvent<HTMLElement>) => void;
  onMouseLeave?: (event: MouseEvent<HTMLElement>) => void;
  onFocus?: (event: FocusEvent<HTMLElement>) => void;
  onBlur?: (event: FocusEvent<HTMLElement>) => void;
};

export interface LazyTooltipProps {
  title: string;
  describeChild?: boolean;
  children: ReactElement<ChildProps>;
}

type TooltipComponent = ComponentType<TooltipProps & { ref?: Ref<HTMLElement> }>;

let loaded: TooltipComponent | null = null;
const load = () =>
  import('@mui/material/Tooltip').then((m) => {
    loaded = m.default;
    return m.default;
  });

/** Where the pointer and focus are while the module loads: the tooltip opens at once if still wanted. */
class Intent {
  hovered = false;
  focused = false;
  set(what: 'hovered' | 'focused', value: boolean) {
    this[what] = value;
  }
}

export function LazyTooltip({ title, describeChild = false, children }: LazyTooltipProps) {
  const [Tooltip, setTooltip] = useState<TooltipComponent | null>(() => loaded);
  const [intent] = useState(() => new Intent());
  const [open, setOpen] = useState(false);
  const node = useRef<HTMLElement | null>(null);

  useEffect(() => {
    if (Tooltip) return undefined;
    return loadOnIdle(load);
  }, [Tooltip]);

  // The swap mounts a new element: give it the focus the old one had (its blur never came).
  useLayoutEffect(() => {
    if (Tooltip && intent.focused) {
      intent.set('focused', false);
      node.current?.focus();
    }
  }, [Tooltip, intent]);

  if (Tooltip) {
    return (
      <Tooltip ref={node} title={title} describeChild={describeChild} open={open} onOpen={() => setOpen(true)} onClose={() => setOpen(false)}>
        {children}
      </Tooltip>
    );
  }

  const want = () => {
    void load().then((component) => {
      setOpen(intent.hovered || intent.focused);
      setTooltip(() => component);
    }, () => undefined);
  };
  const own = children.props;
  // What MUI's Tooltip gives its closed child (the child's own props win, as there).
  const nameOrDesc = describeChild ? { title } : { 'aria-label': title };
  return cloneElement(children, {
    ...nameOrDesc,
    ...own,
    onMouseOver: (event: MouseEvent<HTMLElement>) => {
      intent.set('hovered', true);
      own.onMouseOver?.(event);
      want();
    },
    onMouseLeave: (event: MouseEvent<HTMLElement>) => {
      intent.set('hovered', false);
      own.onMouseLeave?.(event);
    },
    onFocus: (event: FocusEvent<HTMLElement>) => {
      intent.set('focused', true);
      own.onFocus?.(event);
      want();
    },
    onBlur: (event: FocusEvent<HTMLElement>) => {
      intent.set('focused', false);
      own.onBlur?.(event);
    },
  });
}
