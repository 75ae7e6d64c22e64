/**
 * OVOC health for the services list: its own query (GET /api/ovoc/v1/topology/services/), never
 * awaited by the list, so the customers show as soon as they arrive and the Health column fills in
 * when OVOC answers. OVOC is a second system: when it fails, the list keeps working and this says why.
 */
import { useMemo } from 'react';
import type { ServiceBrief } from '../../api/schemas';
import { useQuery } from '@tanstack/react-query';
import { isApiError } from '../../api/http';
import { servicesHealthQueries, shouldRetry } from '../../api/queries';
import { describeError } from '../../components/ErrorPanel';
import { ovocErrorMeaning } from '../../domain/ovoc-errors';
import type { HealthState, HealthUnavailable } from './ovoc-health';

const LOADING: HealthState = { status: 'loading' };
/** Stands in while the customers are not here (the query is disabled then). */
const NO_ROWS: readonly ServiceBrief[] = [];

export function describeUnavailable(error: unknown): HealthUnavailable {
  const status = isApiError(error) ? error.status : undefined;
  const meaning = ovocErrorMeaning(status, 'services');
  if (meaning) return { status: 'unavailable', title: meaning.title, meaning: meaning.meaning, retryable: meaning.retryable };
  const described = describeError(error);
  const code = status === undefined ? '' : ` (status ${status})`;
  return { status: 'unavailable', title: `${described.title}${code}`, meaning: described.message, retryable: true };
}

/** The app's retry policy, minus the failures its documented meaning says a retry cannot fix (503 "not configured"). */
function retryOvoc(failureCount: number, error: unknown): boolean {
  const status = isApiError(error) ? error.status : undefined;
  return shouldRetry(failureCount, error) && ovocErrorMeaning(status, 'services')?.retryable !== false;
}

export interface ServicesHealth {
  state: HealthState;
  retry: () => void;
  isFetching: boolean;
}

export function useServicesHealth(rows: readonly ServiceBrief[] | undefined): ServicesHealth {
  // Performance: asked for once the customers are here, not alongside them. At 50,000 customers OVOC's
  // answer is ~75 MB of JSON; fetched at the same time it delays the list's first rows by seconds
  // (same server, same main thread), while the list is what people came for.
  // Memory: not OVOC's full answer (the Health page's query) but its reduction to these rows, done
  // in a Web Worker; the table and filters only read the result.
  const query = useQuery({ ...servicesHealthQueries.forRows(rows ?? NO_ROWS), retry: retryOvoc, enabled: rows !== undefined });
  const lookup = query.data ?? null;
  const error = query.isError && !lookup ? query.error : null;
  const state = useMemo<HealthState>(() => {
    if (lookup) return { status: 'ready', lookup };
    if (error) return describeUnavailable(error);
    return LOADING;
  }, [lookup, error]);
  const { refetch } = query;
  const retry = useMemo(() => () => void refetch(), [refetch]);
  return { state, retry, isFetching: query.isFetching };
}
