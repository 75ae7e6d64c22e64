/**
 * The services query of the health page: the shared `ovocQueries.services()` plus the page's refresh
 * policy. Kept apart from the page so the policy (60 s, pausable, no flicker) is unit-tested as data.
 */
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { isApiError } from '../../api/http';
import { ovocQueries, shouldRetry } from '../../api/queries';

/** How often the page refreshes while auto-refresh is on. */
export const HEALTH_REFRESH_MS = 60_000;

/**
 * Statuses that will not change by asking again a moment later: the portal is not configured (503),
 * or the request itself is refused (4xx). shouldRetry already skips 4xx; 503 is the 5xx exception.
 */
export function retryHealth(failureCount: number, error: unknown): boolean {
  if (isApiError(error) && error.status === 503) return false;
  return shouldRetry(failureCount, error);
}

export function healthServicesQuery(autoRefresh: boolean) {
  return queryOptions({
    ...ovocQueries.services(),
    refetchInterval: autoRefresh ? HEALTH_REFRESH_MS : false,
    // A support desk screen is often left open in a background tab: refresh it only while it is seen,
    // and at once when it is seen again (refetchOnWindowFocus, from the client defaults).
    refetchIntervalInBackground: false,
    // Rows stay on screen while a refresh is in flight or after it failed; unchanged services keep
    // their object identity (structural sharing is on by default), so their rows do not re-render.
    placeholderData: keepPreviousData,
    structuralSharing: true,
    retry: retryHealth,
  });
}

export function useHealthServices(autoRefresh: boolean) {
  return useQuery(healthServicesQuery(autoRefresh));
}
