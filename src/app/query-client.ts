import { QueryClient } from '@tanstack/react-query';
import { shouldRetry } from '../api/queries';

/**
 * The app's QueryClient. Data is treated as fresh for 30 s (the lists are big and change slowly),
 * refetched when the window regains focus, and retried only where `shouldRetry` says the failure
 * is transient. Mutations are never retried: creating/deleting a customer twice is not harmless.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { staleTime: 30_000, retry: shouldRetry, refetchOnWindowFocus: true },
      mutations: { retry: 0 },
    },
  });
}
