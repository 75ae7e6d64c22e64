import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { shouldRetry } from '../api/error-words';
import { handleSessionError } from '../api/session';

/**
 * The app's QueryClient. Data is treated as fresh for 30 s (the lists are big and change slowly),
 * refetched when the window regains focus, and retried only where `shouldRetry` says the failure
 * is transient. Mutations are never retried: creating/deleting a customer twice is not harmless.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    // Any call answered "Sign-in required" (session expired) sends the page through sign-in and back.
    queryCache: new QueryCache({ onError: handleSessionError }),
    mutationCache: new MutationCache({ onError: handleSessionError }),
    defaultOptions: {
      queries: { staleTime: 30_000, retry: shouldRetry, refetchOnWindowFocus: true },
      mutations: { retry: 0 },
    },
  });
}
