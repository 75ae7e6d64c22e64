/**
 * Which rows of a long list are on screen, for rows of one fixed height (the table's density).
 *
 * Performance: this replaces @tanstack/react-virtual for the services table. A general virtualizer
 * measures every item (it builds an object per row: 50,000 on load, and again for every keystroke
 * that changes the row count), because items may have any height. Our rows all have the same
 * height, so the window is plain arithmetic on the scroll position: the work per render is the
 * rows on screen, whatever the list's size. It re-renders only when the scroll crosses a row
 * boundary, not on every scroll event. Same surface as the virtualizer's parts the table used.
 */
import { useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { flushSync } from 'react-dom';

export interface RowWindowOptions {
  count: number;
  /** Height of every row, px. */
  rowHeight: number;
  scrollRef: RefObject<HTMLElement | null>;
  /** Rows rendered beyond each edge of the viewport. */
  overscan: number;
  /**
   * Viewport, in rows, of an element that has no height: without layout (jsdom, a hidden element)
   * nothing tells which rows are on screen, so this many are rendered from the scroll position.
   */
  unmeasuredRows: number;
  /** Scroll offset to start at before the element can be read (a restored position). */
  initialOffset: number;
}

export interface WindowItem {
  index: number;
  /** Top of the row within the list, px. */
  start: number;
}

export interface RowWindow {
  getVirtualItems: () => WindowItem[];
  getTotalSize: () => number;
  /** Scrolls the least distance that brings the row on screen (then it is rendered, and can take focus). */
  scrollToIndex: (index: number) => void;
}

interface Viewport {
  /** First and last row index touched by the viewport (inclusive), before overscan. */
  first: number;
  last: number;
}

/** Before the element is measured: a screenful guess, corrected before the first paint. */
const GUESS_ROWS = 20;

function viewportOf(top: number, height: number, rowHeight: number): Viewport {
  const first = Math.max(0, Math.floor(top / rowHeight));
  return { first, last: Math.max(first, Math.ceil((top + height) / rowHeight) - 1) };
}

export function useRowWindow({ count, rowHeight, scrollRef, overscan, unmeasuredRows, initialOffset }: RowWindowOptions): RowWindow {
  const [viewport, setViewport] = useState<Viewport>(() => viewportOf(initialOffset, GUESS_ROWS * rowHeight, rowHeight));
  // The scroll listener reads the row height of the latest render.
  const heightRef = useRef(rowHeight);
  useLayoutEffect(() => {
    heightRef.current = rowHeight;
  }, [rowHeight]);

  useLayoutEffect(() => {
    const element = scrollRef.current;
    if (!element) return;
    const update = () => {
      const next = viewportOf(element.scrollTop, element.clientHeight || unmeasuredRows * heightRef.current, heightRef.current);
      setViewport((prev) => (prev.first === next.first && prev.last === next.last ? prev : next));
    };
    element.addEventListener('scroll', update, { passive: true });
    // Performance: measured when the browser lays the page out anyway (an observer's first call comes
    // after that layout, before the paint; flushSync keeps the correction in that frame). Reading
    // clientHeight here would force the layout inside React's commit, lengthening its long task.
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(() => flushSync(update));
    if (observer) observer.observe(element);
    else update();
    return () => {
      element.removeEventListener('scroll', update);
      observer?.disconnect();
    };
  }, [scrollRef, rowHeight, unmeasuredRows]);

  const getVirtualItems = (): WindowItem[] => {
    if (count === 0) return [];
    const visible = viewport.last - viewport.first + 1;
    // A filter that shortens the list moves the browser's scroll position only after this render.
    const first = Math.max(0, Math.min(viewport.first, count - visible) - overscan);
    const last = Math.min(count - 1, Math.max(viewport.last, first + visible - 1) + overscan);
    const items: WindowItem[] = [];
    for (let index = first; index <= last; index += 1) items.push({ index, start: index * rowHeight });
    return items;
  };

  const scrollToIndex = (index: number) => {
    const element = scrollRef.current;
    // Without layout there is no screen to bring the row onto (the unmeasured window covers it).
    if (!element || element.clientHeight === 0) return;
    const top = index * rowHeight;
    const bottom = top + rowHeight;
    if (top < element.scrollTop) element.scrollTo({ top });
    else if (bottom > element.scrollTop + element.clientHeight) element.scrollTo({ top: bottom - element.clientHeight });
  };

  return { getVirtualItems, getTotalSize: () => count * rowHeight, scrollToIndex };
}
