/**
 * Writes. Never retried (retry: 0): creating a customer twice is not harmless, and a DELETE that
 * timed out may well have happened.
 */
import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import * as z from 'zod/mini';
import { http, validateRequest } from './http';
import { customerKeys, ovocKeys, snapshotKeys } from './queries';
import {
  createCustomerRequestSchema,
  createCustomerResponseSchema,
  type CreateCustomerRequest,
  type ServicesListRows,
} from './schemas';
import type { ConsoleServices } from './schemas/console-snapshot';

/** POST /api/v2/customer. The body is checked against the wire schema before anything is sent. */
export function createCustomer(request: CreateCustomerRequest) {
  const body = validateRequest(createCustomerRequestSchema, request);
  return http('/api/v2/customer', { method: 'POST', body, schema: createCustomerResponseSchema });
}

// The delete answer's body is undocumented (200, possibly empty or text); its content is not used.
const deleteResponseSchema = z.unknown();

/** DELETE /api/v2/customer/{guid}. */
export async function deleteCustomer(guid: string): Promise<void> {
  await http(`/api/v2/customer/${encodeURIComponent(guid)}`, { method: 'DELETE', schema: deleteResponseSchema });
}

// Creating or deleting a customer also changes the OVOC side (its service appears or goes); marking
// it stale is cheap and only refetches if someone is looking.
const invalidateOvocServices = (queryClient: QueryClient) => queryClient.invalidateQueries({ queryKey: ovocKeys.services() });

// The server refreshes its snapshot at once after a create or delete made through it; the live
// `snapshot` event follows, but asking now shows the change even when the event stream is down.
const invalidateSnapshot = (queryClient: QueryClient) => queryClient.invalidateQueries({ queryKey: snapshotKeys.all });

export function useCreateCustomer() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: customerKeys.create(),
    mutationFn: createCustomer,
    retry: 0,
    onSuccess: () => {
      // Not awaited: the wizard shows the create response at once; the list refreshes behind it.
      void queryClient.invalidateQueries({ queryKey: customerKeys.lists() });
      void invalidateOvocServices(queryClient);
      void invalidateSnapshot(queryClient);
    },
  });
}

export function useDeleteCustomer() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: customerKeys.remove(),
    mutationFn: deleteCustomer,
    retry: 0,
    onSuccess: async (_data, guid) => {
      // A list fetch already in flight could bring the deleted row back; cancel it first.
      await queryClient.cancelQueries({ queryKey: customerKeys.lists() });
      queryClient.setQueriesData<ServicesListRows>({ queryKey: customerKeys.lists() }, (list) =>
        list ? { ...list, rows: list.rows.filter((row) => row.umpCustomerGuid !== guid) } : list,
      );
      // A list still loading for the first time was reset by the cancel and has nothing to edit: reload it.
      void queryClient.refetchQueries({ queryKey: customerKeys.lists(), predicate: (query) => query.state.data === undefined });
      queryClient.removeQueries({ queryKey: customerKeys.detail(guid) });
      // The snapshot's list drops the row at once too (the server's next version agrees).
      await queryClient.cancelQueries({ queryKey: snapshotKeys.services() });
      queryClient.setQueriesData<ConsoleServices>({ queryKey: snapshotKeys.services() }, (answer) =>
        answer ? { ...answer, rows: answer.rows.filter((row) => row.umpCustomerGuid !== guid) } : answer,
      );
      void invalidateOvocServices(queryClient);
      void invalidateSnapshot(queryClient);
    },
  });
}
