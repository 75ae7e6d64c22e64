import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, renderHook, waitFor } from '@testing-library/react';
import { createElement, type ReactNode } from 'react';
import { fixtures } from '../../simulator/fixtures';
import { RequestValidationError } from './http';
import { useCreateCustomer, useDeleteCustomer } from './mutations';
import { customerKeys, ovocKeys } from './queries';
import { createCustomerRequestSchema, servicesListSchema, type CreateCustomerRequest } from './schemas';

const fetchMock = vi.fn<(input: string, init: RequestInit) => Promise<Response>>();
beforeEach(() => {
  fetchMock.mockReset();
  vi.stubGlobal('fetch', fetchMock);
});
afterEach(() => {
  vi.unstubAllGlobals();
});

const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

function setup<T>(useHook: () => T) {
  // Retries on by default here, to prove the mutations switch them off themselves.
  const client = new QueryClient({ defaultOptions: { mutations: { retry: 3, retryDelay: 0 } } });
  const wrapper = ({ children }: { children: ReactNode }) => createElement(QueryClientProvider, { client }, children);
  return { client, ...renderHook(useHook, { wrapper }) };
}

const request: CreateCustomerRequest = createCustomerRequestSchema.parse(fixtures.createCustomerRequest);
const rows = servicesListSchema.parse(fixtures.servicesBrief);

describe('useCreateCustomer', () => {
  it('POSTs the validated body to /api/v2/customer and returns the parsed answer', async () => {
    fetchMock.mockResolvedValue(json(fixtures.createCustomerResponse));
    const { result } = setup(useCreateCustomer);
    let answer: unknown;
    await act(async () => {
      answer = await result.current.mutateAsync(request);
    });
    const [url, init] = fetchMock.mock.calls[0] ?? [];
    expect(url).toBe('/api/v2/customer');
    expect(init?.method).toBe('POST');
    expect(JSON.parse(String(init?.body))).toEqual(fixtures.createCustomerRequest);
    expect(answer).toMatchObject({ id: 'b38e5a04-6d32-4be8-95bb-53bf7d6fa95c', deploymentState: 'Deployed' });
  });

  it('marks the customer lists (and OVOC services) stale on success, not the details', async () => {
    fetchMock.mockResolvedValue(json(fixtures.createCustomerResponse));
    const { client, result } = setup(useCreateCustomer);
    client.setQueryData(customerKeys.list(), rows);
    client.setQueryData(customerKeys.detail('g'), null);
    client.setQueryData(ovocKeys.services(), { services: [] });
    await act(async () => {
      await result.current.mutateAsync(request);
    });
    const state = (key: readonly unknown[]) => client.getQueryState(key)?.isInvalidated;
    expect(state(customerKeys.list())).toBe(true);
    expect(state(ovocKeys.services())).toBe(true);
    expect(state(customerKeys.detail('g'))).toBe(false);
  });

  it('does not send an invalid body', async () => {
    const { result } = setup(useCreateCustomer);
    const invalid = { ...request, msTenantId: 'not-a-guid' };
    await act(async () => {
      await expect(result.current.mutateAsync(invalid)).rejects.toBeInstanceOf(RequestValidationError);
    });
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('is never retried, even on a 503', async () => {
    fetchMock.mockImplementation(async () => json({ title: 'Service Unavailable' }, 503));
    const { result } = setup(useCreateCustomer);
    await act(async () => {
      await expect(result.current.mutateAsync(request)).rejects.toMatchObject({ kind: 'http', status: 503 });
    });
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });
});

describe('useDeleteCustomer', () => {
  const guid = 'f1d30c8d-5f44-451e-9257-2318808ba0df';

  it('DELETEs /api/v2/customer/{guid}, drops the row from the cached list and forgets the detail', async () => {
    fetchMock.mockResolvedValue(new Response(null, { status: 200 }));
    const { client, result } = setup(useDeleteCustomer);
    client.setQueryData(customerKeys.list(), { rows, unreadable: [] });
    client.setQueryData(customerKeys.detail(guid), { umpCustomerGuid: guid });
    await act(async () => {
      await result.current.mutateAsync(guid);
    });
    expect(fetchMock.mock.calls[0]?.[0]).toBe(`/api/v2/customer/${guid}`);
    expect(fetchMock.mock.calls[0]?.[1].method).toBe('DELETE');
    const list = client.getQueryData<{ rows: typeof rows }>(customerKeys.list());
    expect(list?.rows).toHaveLength(34);
    expect(list?.rows.some((row) => row.umpCustomerGuid === guid)).toBe(false);
    expect(client.getQueryCache().find({ queryKey: customerKeys.detail(guid) })).toBeUndefined();
  });

  it('leaves the cache alone and is not retried when the server says 404', async () => {
    fetchMock.mockImplementation(async () => new Response(`Customer with ${guid} not found`, { status: 404 }));
    const { client, result } = setup(useDeleteCustomer);
    client.setQueryData(customerKeys.list(), { rows, unreadable: [] });
    await act(async () => {
      await expect(result.current.mutateAsync(guid)).rejects.toMatchObject({ kind: 'http', status: 404 });
    });
    await waitFor(() => expect(result.current.isError).toBe(true));
    expect(result.current.error?.message).toBe(`The server answered 404: Customer with ${guid} not found`);
    expect(client.getQueryData<{ rows: typeof rows }>(customerKeys.list())?.rows).toHaveLength(35);
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });
});
