// @vitest-environment node
import { QueryClient } from '@tanstack/react-query';
import { fixtures } from '../../simulator/fixtures';
import {
  consoleKeys,
  consoleQueries,
  customerKeys,
  customerQueries,
  ovocKeys,
  ovocQueries,
  taskKeys,
  taskQueries,
} from './queries';

const fetchMock = vi.fn<(input: string, init: RequestInit) => Promise<Response>>();
beforeEach(() => {
  fetchMock.mockReset();
  vi.stubGlobal('fetch', fetchMock);
});
afterEach(() => {
  vi.unstubAllGlobals();
});

const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

/** A client that surfaces the first failure, used the way a component or loader would use it. */
const newClient = () => new QueryClient({ defaultOptions: { queries: { retry: false } } });

describe('query keys', () => {
  it('are hierarchical: every customer key starts with customerKeys.all', () => {
    expect(customerKeys.all).toEqual(['customers']);
    expect(customerKeys.lists()).toEqual(['customers', 'list']);
    expect(customerKeys.list()).toEqual(['customers', 'list', 'all']);
    expect(customerKeys.details()).toEqual(['customers', 'detail']);
    expect(customerKeys.detail('g1')).toEqual(['customers', 'detail', 'g1']);
    expect(customerKeys.list().slice(0, 2)).toEqual(customerKeys.lists());
    expect(customerKeys.detail('g1').slice(0, 2)).toEqual(customerKeys.details());
  });

  it('are stable: the same input gives an equal key, different input a different one', () => {
    expect(customerKeys.detail('a')).toEqual(customerKeys.detail('a'));
    expect(customerKeys.detail('a')).not.toEqual(customerKeys.detail('b'));
    expect(customerQueries.detail('a').queryKey).toEqual(customerKeys.detail('a'));
    expect(customerQueries.list().queryKey).toEqual(customerKeys.list());
  });

  it('other resources have their own roots', () => {
    expect(ovocKeys.services()).toEqual(['ovoc', 'services']);
    expect(ovocKeys.customer(85844)).toEqual(['ovoc', 'customers', 85844]);
    expect(taskKeys.detail(12)).toEqual(['tasks', 'detail', '12']);
    expect(taskKeys.detail('12')).toEqual(taskKeys.detail(12));
    expect(consoleKeys.info()).toEqual(['console', 'info']);
  });

  it('invalidating customerKeys.all reaches list and detail, but not OVOC', async () => {
    const client = new QueryClient();
    client.setQueryData(customerKeys.list(), []);
    client.setQueryData(customerKeys.detail('g'), null);
    client.setQueryData(ovocKeys.services(), { services: [] });
    await client.invalidateQueries({ queryKey: customerKeys.all });
    const invalidated = client
      .getQueryCache()
      .findAll()
      .filter((query) => query.state.isInvalidated)
      .map((query) => query.queryKey);
    expect(invalidated).toEqual([customerKeys.list(), customerKeys.detail('g')]);
  });
});

describe('queryOptions', () => {
  it('customer list: GET /api/v3/customer, parsed, with the signal passed down', async () => {
    fetchMock.mockResolvedValue(json(fixtures.servicesBrief));
    const list = await newClient().fetchQuery(customerQueries.list());
    expect(list.rows).toHaveLength(35);
    expect(list.unreadable).toEqual([]);
    const [url, init] = fetchMock.mock.calls[0] ?? [];
    expect(url).toBe('/api/v3/customer');
    expect(init?.signal).toBeInstanceOf(AbortSignal);
  });

  it('customer detail: allDetails=true and an encoded guid', async () => {
    fetchMock.mockResolvedValue(json(fixtures.customerDetailsAll));
    const details = await newClient().fetchQuery(customerQueries.detail('a2a3f4c1/x'));
    expect(fetchMock.mock.calls[0]?.[0]).toBe('/api/v3/customer/a2a3f4c1%2Fx?allDetails=true');
    expect(details.siteLocation).toHaveLength(4);
  });

  it('OVOC services: GET with the trailing slash', async () => {
    fetchMock.mockResolvedValue(json(fixtures.ovocServices));
    const response = await newClient().fetchQuery(ovocQueries.services());
    expect(fetchMock.mock.calls[0]?.[0]).toBe('/api/ovoc/v1/topology/services/');
    expect(fetchMock.mock.calls[0]?.[1].method).toBe('GET');
    expect(response.services).toHaveLength(6);
  });

  it('OVOC customer: a read done with PUT', async () => {
    fetchMock.mockResolvedValue(json(fixtures.ovocCustomer));
    const customer = await newClient().fetchQuery(ovocQueries.customer(85844));
    expect(fetchMock.mock.calls[0]?.[0]).toBe('/api/ovoc/v1/topology/customers/85844');
    expect(fetchMock.mock.calls[0]?.[1].method).toBe('PUT');
    expect(fetchMock.mock.calls[0]?.[1].body).toBeUndefined();
    expect(customer.name).toBe('Brad984');
  });

  it('task detail: GET /api/v2/task/{id}', async () => {
    fetchMock.mockResolvedValue(json({ id: 't-1', status: 'CompletedSuccess', executionMessages: [] }));
    const task = await newClient().fetchQuery(taskQueries.detail('t-1'));
    expect(fetchMock.mock.calls[0]?.[0]).toBe('/api/v2/task/t-1');
    expect(task.status).toBe('CompletedSuccess');
  });

  it('console info never goes stale', async () => {
    expect(consoleQueries.info().staleTime).toBe(Infinity);
    fetchMock.mockResolvedValue(json({ mode: 'demo', version: '0.1.0' }));
    await expect(newClient().fetchQuery(consoleQueries.info())).resolves.toEqual({ mode: 'demo', version: '0.1.0' });
    expect(fetchMock.mock.calls[0]?.[0]).toBe('/api/console/info');
  });
});
