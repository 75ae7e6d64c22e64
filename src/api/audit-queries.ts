/**
 * Query keys and queryOptions for the audit trail (administrators only; docs/console-api.md),
 * apart from queries.ts so that the other pages' initial JS does not carry these schemas.
 */
import { queryOptions } from '@tanstack/react-query';
import { http } from './http';
import { auditListSchema, verifyResultSchema, type AuditFilter } from './schemas/audit';

/** The Audit page's filters as the server takes them (times as ISO instants). */
export type AuditListFilter = Omit<AuditFilter, 'limit'>;

export const auditKeys = {
  all: ['audit'] as const,
  lists: () => [...auditKeys.all, 'list'] as const,
  list: (filter: AuditListFilter) => [...auditKeys.lists(), filter] as const,
  verify: () => [...auditKeys.all, 'verify'] as const,
};

function queryString(filter: AuditListFilter): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filter)) if (typeof value === 'string' && value !== '') params.set(key, value);
  const text = params.toString();
  return text ? `?${text}` : '';
}

export const auditQueries = {
  /** Newest first (the server's last 500 that match). */
  list: (filter: AuditListFilter) =>
    queryOptions({
      queryKey: auditKeys.list(filter),
      queryFn: ({ signal }) => http(`/api/console/audit${queryString(filter)}`, { schema: auditListSchema, signal }),
    }),
  /** Walks the whole chain: asked for with a button, never on its own. */
  verify: () =>
    queryOptions({
      queryKey: auditKeys.verify(),
      queryFn: ({ signal }) => http('/api/console/audit/verify', { schema: verifyResultSchema, signal, timeoutMs: 120_000 }),
      staleTime: 0,
    }),
};
