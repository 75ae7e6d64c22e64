/**
 * Prefetches a customer's details when the pointer rests on its row or focus enters it, so the
 * details page opens with data. A short delay skips rows the pointer only passes over.
 */
import { useCallback, useEffect, useRef } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { customerQueries } from '../../api/queries';

export const PREFETCH_DELAY_MS = 120;

export function useCustomerPrefetch(): (guid: string | null) => void {
  const queryClient = useQueryClient();
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const last = useRef<string | null>(null);

  useEffect(() => () => clearTimeout(timer.current), []);

  return useCallback(
    (guid: string | null) => {
      if (guid === last.current) return;
      last.current = guid;
      clearTimeout(timer.current);
      if (guid === null) return;
      timer.current = setTimeout(() => {
        // Errors are not this page's business: the details page shows them when opened.
        void queryClient.prefetchQuery(customerQueries.detail(guid));
      }, PREFETCH_DELAY_MS);
    },
    [queryClient],
  );
}
