/**
 * Roving tab stop over the table's rows: exactly one row is in the tab order (the last one used),
 * arrow keys / Page Up / Page Down / Home / End move focus, scrolling a virtualized list first so
 * the target row exists before it is focused.
 */
import { useEffect, useRef, useState, type RefObject } from 'react';

export interface RovingRowsOptions {
  count: number;
  /** Indexes of the rows currently in the DOM. */
  rendered: readonly number[];
  /** Rows moved by Page Up / Page Down. */
  pageSize: () => number;
  bodyRef: RefObject<HTMLElement | null>;
  /** Virtualized lists bring the row into the DOM first. */
  scrollToIndex?: (index: number) => void;
}

export function useRovingRows({ count, rendered, pageSize, bodyRef, scrollToIndex }: RovingRowsOptions) {
  const [active, setActive] = useState(0);
  const focusRequest = useRef<number | null>(null);
  const current = Math.min(active, Math.max(0, count - 1));
  // If the active row was scrolled out of a virtualized list, the first rendered row keeps the table reachable.
  const tabbableIndex = rendered.includes(current) ? current : (rendered[0] ?? -1);

  useEffect(() => {
    const wanted = focusRequest.current;
    if (wanted === null) return;
    const row = bodyRef.current?.querySelector<HTMLElement>(`[data-row-index="${wanted}"]`);
    if (row) {
      focusRequest.current = null;
      row.focus();
    }
  });

  const move = (index: number) => {
    if (count === 0) return;
    const next = Math.max(0, Math.min(count - 1, index));
    setActive(next);
    focusRequest.current = next;
    scrollToIndex?.(next);
  };

  /** Handles a navigation key pressed on a row; false when the key is not ours. */
  const onKey = (key: string): boolean => {
    const from = tabbableIndex < 0 ? 0 : tabbableIndex;
    switch (key) {
      case 'ArrowDown':
        move(from + 1);
        return true;
      case 'ArrowUp':
        move(from - 1);
        return true;
      case 'PageDown':
        move(from + pageSize());
        return true;
      case 'PageUp':
        move(from - pageSize());
        return true;
      case 'Home':
        move(0);
        return true;
      case 'End':
        move(count - 1);
        return true;
      default:
        return false;
    }
  };

  /** Focus landed in the body (a row, or a link / button inside one): that row becomes the tab stop. */
  const onFocus = (target: EventTarget) => {
    if (!(target instanceof Element)) return;
    const index = Number(target.closest<HTMLElement>('[data-row-index]')?.dataset.rowIndex);
    if (Number.isInteger(index)) setActive(index);
  };

  return { tabbableIndex, onKey, onFocus };
}
