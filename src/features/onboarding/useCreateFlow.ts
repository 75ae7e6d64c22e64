/**
 * Sending the create request, at most once per "safe" moment:
 * - a second send while one is in flight is ignored (a ref, so even two clicks in one frame send one POST);
 * - the POST is never retried automatically;
 * - when its answer never came (classifyCreateFailure 'unknown'), the list is read again (a few
 *   times, see recheck-schedule.ts) and the customer looked up by shortName + tenant before
 *   sending again is allowed.
 */
import { useCallback, useRef, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useCreateCustomer } from '../../api/mutations';
import { customerKeys, customerQueries } from '../../api/queries';
import type { CreateCustomerRequest, CreateCustomerResponse, ServiceBrief } from '../../api/schemas';
import { findShortNameClash } from '../../domain/short-name';
import { classifyCreateFailure, type CreateFailure } from './form/outcome';
import { RECHECK_DELAYS_MS } from './recheck-schedule';

export type CreateFlowState =
  | { kind: 'idle' }
  | { kind: 'sending'; request: CreateCustomerRequest }
  | { kind: 'created'; request: CreateCustomerRequest; response: CreateCustomerResponse }
  /** The platform refused: nothing was created; sending again (after fixing) is safe. */
  | { kind: 'refused'; request: CreateCustomerRequest; failure: Exclude<CreateFailure, 'unknown'>; error: unknown }
  /** The answer never came: re-reading the list. */
  | { kind: 'checking'; request: CreateCustomerRequest; error: unknown }
  | { kind: 'checkFailed'; request: CreateCustomerRequest; error: unknown; checkError: unknown }
  /** It was created after all. */
  | { kind: 'found'; request: CreateCustomerRequest; error: unknown; existing: ServiceBrief }
  /** It was not created: sending again is safe. */
  | { kind: 'absent'; request: CreateCustomerRequest; error: unknown };

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

const SAFE_TO_SEND: ReadonlySet<CreateFlowState['kind']> = new Set(['idle', 'refused', 'absent']);

export function canSend(state: CreateFlowState): boolean {
  return SAFE_TO_SEND.has(state.kind);
}

export interface CreateFlow {
  state: CreateFlowState;
  send: (request: CreateCustomerRequest) => Promise<CreateFlowState>;
  /** Reads the list again after an unknown outcome (e.g. when the first re-check failed). */
  recheck: () => Promise<void>;
  reset: () => void;
}

export function useCreateFlow(): CreateFlow {
  const queryClient = useQueryClient();
  const { mutateAsync } = useCreateCustomer();
  const [state, setState] = useState<CreateFlowState>({ kind: 'idle' });
  const stateRef = useRef(state);
  const busy = useRef(false);

  const update = useCallback((next: CreateFlowState) => {
    stateRef.current = next;
    setState(next);
    return next;
  }, []);

  const lookUp = useCallback(
    async (request: CreateCustomerRequest, error: unknown): Promise<CreateFlowState> => {
      update({ kind: 'checking', request, error });
      try {
        for (const pause of [0, ...RECHECK_DELAYS_MS]) {
          if (pause > 0) await sleep(pause);
          // A fresh read, never the cached list: the question is what exists *now*.
          const list = await queryClient.fetchQuery({ ...customerQueries.list(), staleTime: 0 });
          const existing = findShortNameClash(list.rows, request.shortName, request.msTenantId);
          if (existing) return update({ kind: 'found', request, error, existing });
        }
        return update({ kind: 'absent', request, error });
      } catch (checkError) {
        return update({ kind: 'checkFailed', request, error, checkError });
      }
    },
    [queryClient, update],
  );

  const send = useCallback(
    async (request: CreateCustomerRequest): Promise<CreateFlowState> => {
      if (busy.current || !canSend(stateRef.current)) return stateRef.current;
      busy.current = true;
      update({ kind: 'sending', request });
      try {
        const response = await mutateAsync(request);
        return update({ kind: 'created', request, response });
      } catch (error) {
        const failure = classifyCreateFailure(error);
        if (failure === 'unknown') return await lookUp(request, error);
        // A duplicate means our list is out of date: refresh it so the name check knows too.
        if (failure === 'duplicate') void queryClient.invalidateQueries({ queryKey: customerKeys.lists() });
        return update({ kind: 'refused', request, failure, error });
      } finally {
        busy.current = false;
      }
    },
    [lookUp, mutateAsync, queryClient, update],
  );

  const recheck = useCallback(async () => {
    const current = stateRef.current;
    if (busy.current || current.kind !== 'checkFailed') return;
    busy.current = true;
    try {
      await lookUp(current.request, current.error);
    } finally {
      busy.current = false;
    }
  }, [lookUp]);

  const reset = useCallback(() => {
    update({ kind: 'idle' });
  }, [update]);

  return { state, send, recheck, reset };
}
