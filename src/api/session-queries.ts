/** The session's key factory and query: who is at the console (GET /api/console/me). */
import { queryOptions } from '@tanstack/react-query';
import { http } from './http';
import { consoleKeys } from './queries';
import { currentUserSchema } from './session';

export const sessionKeys = {
  me: () => [...consoleKeys.all, 'me'] as const,
};

export const sessionQueries = {
  /** Who is at the console and their role; without sign-in, the local (or demo) operator. */
  me: () =>
    queryOptions({
      queryKey: sessionKeys.me(),
      queryFn: ({ signal }) => http('/api/console/me', { schema: currentUserSchema, signal }),
      staleTime: 5 * 60_000,
    }),
};
