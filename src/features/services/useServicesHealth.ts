/**
 * OVOC health for the services list: its own query (GET /api/ovoc/v1/topology/services/), never
 * awaited by the list, so the customers show as soon as they arrive and the Health column fills in
 * when OVOC answers. OVOC is a second system: when it fails, the list keeps working and this says why.
 */
import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { isApiError } from '../../api/http';
import { ovocQueries, shouldRetry } from '../../api/queries';
import type { ServiceBrief } from '../../api/schemas';
import { describeError } from '../../components/ErrorPanel';
import { ovocErrorMeaning } from '../../domain/ovoc-errors';
import { joinHealth, type HealthState, type HealthUnavailable } from './ovoc-health';

const LOADING: HealthState = { status: 'loading' };

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
  const query = useQuery({ ...ovocQueries.services(), retry: retryOvoc, enabled: rows !== undefined });
  const services = query.data?.services;
  // Once per change of either list; the table and filters only read the result.
  const lookup = useMemo(() => (rows && services ? joinHealth(rows, services) : null), [rows, services]);
  const error = query.isError && !services ? query.error : null;
  const state = useMemo<HealthState>(() => {
    if (lookup) return { status: 'ready', lookup };
    if (error) return describeUnavailable(error);
    return LOADING;
  }, [lookup, error]);
  const { refetch } = query;
  const retry = useMemo(() => () => void refetch(), [refetch]);
  return { state, retry, isFetching: query.isFetching };
}
