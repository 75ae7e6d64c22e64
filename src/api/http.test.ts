// @vitest-environment node
import * as z from 'zod/mini';
import { fixtures } from '../../simulator/fixtures';
import { ApiError, http, RequestValidationError, validateRequest } from './http';
import { toFieldKey } from './http-errors';
import { createCustomerRequestSchema, servicesListSchema } from './schemas';

type FetchArgs = [input: string, init: RequestInit];
const fetchMock = vi.fn<(...args: FetchArgs) => Promise<Response>>();

beforeEach(() => {
  fetchMock.mockReset();
  vi.stubGlobal('fetch', fetchMock);
});
afterEach(() => {
  vi.unstubAllGlobals();
});

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json; charset=utf-8' } });

/** A fetch that never answers but honours the abort signal, as the real one does. */
function hangUntilAborted(_input: string, init: RequestInit): Promise<Response> {
  return new Promise((_resolve, reject) => {
    if (init.signal?.aborted) reject(init.signal.reason);
    init.signal?.addEventListener('abort', () => reject(init.signal?.reason));
  });
}

async function failure(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to fail');
}

async function apiFailure(promise: Promise<unknown>): Promise<ApiError> {
  const error = await failure(promise);
  if (!(error instanceof ApiError)) throw new Error(`expected an ApiError, got ${String(error)}`);
  return error;
}

describe('http: the request', () => {
  it('sends same-origin credentials, Accept JSON, and a JSON body with its content type', async () => {
    fetchMock.mockResolvedValue(json({ ok: 1 }));
    await http('/api/v2/customer', { method: 'POST', body: { shortName: 'a' }, schema: z.object({ ok: z.number() }) });
    const [url, init] = fetchMock.mock.calls[0] ?? [];
    expect(url).toBe('/api/v2/customer');
    expect(init?.method).toBe('POST');
    expect(init?.credentials).toBe('same-origin');
    expect(init?.headers).toEqual({ Accept: 'application/json', 'Content-Type': 'application/json' });
    expect(init?.body).toBe('{"shortName":"a"}');
  });

  it('sends no body and no Content-Type on a GET', async () => {
    fetchMock.mockResolvedValue(json([]));
    await http('/api/v3/customer', { schema: servicesListSchema });
    const init = fetchMock.mock.calls[0]?.[1];
    expect(init?.method).toBe('GET');
    expect(init?.body).toBeUndefined();
    expect(init?.headers).toEqual({ Accept: 'application/json' });
  });
});

describe('http: success bodies', () => {
  it('returns the parsed value', async () => {
    fetchMock.mockResolvedValue(json(fixtures.servicesBrief));
    const rows = await http('/api/v3/customer', { schema: servicesListSchema });
    expect(rows).toHaveLength(35);
    expect(rows[0]?.customerShortName).toBe('royDY');
  });

  it('accepts an empty 204/200 body when the schema allows undefined', async () => {
    fetchMock.mockResolvedValueOnce(new Response(null, { status: 204 }));
    await expect(http('/x', { method: 'DELETE', schema: z.undefined() })).resolves.toBeUndefined();
    fetchMock.mockResolvedValueOnce(new Response('', { status: 200 }));
    await expect(http('/x', { method: 'DELETE', schema: z.unknown() })).resolves.toBeUndefined();
  });

  it('an empty body where data is required is a parse error', async () => {
    fetchMock.mockResolvedValue(new Response('', { status: 200 }));
    const error = await apiFailure(http('/api/v3/customer', { schema: servicesListSchema }));
    expect(error.kind).toBe('parse');
    expect(error.message).toBe('The server sent an empty response where data was expected.');
  });

  it('invalid JSON is a parse error', async () => {
    fetchMock.mockResolvedValue(new Response('[{"UmpCustomerGuid":', { status: 200, headers: { 'Content-Type': 'application/json' } }));
    const error = await apiFailure(http('/api/v3/customer', { schema: servicesListSchema }));
    expect(error.kind).toBe('parse');
    expect(error.message).toBe('The server sent a response that is not valid JSON.');
  });

  it('a schema mismatch is a parse error naming the wire path', async () => {
    const rows = structuredClone(fixtures.servicesBrief) as unknown[];
    // The short name identifies a row: without it the whole-list schema fails (the console reads row by row).
    rows[3] = { ...fixtures.servicesBrief[3], CustomerShortName: 4 };
    fetchMock.mockResolvedValue(json(rows));
    const error = await apiFailure(http('/api/v3/customer', { schema: servicesListSchema }));
    expect(error.kind).toBe('parse');
    expect(error.status).toBe(200);
    expect(error.dataPath).toBe('[3].CustomerShortName');
    expect(error.message).toBe('Unexpected data from the server at [3].CustomerShortName: expected a string');
  });

  it('a web page instead of data (e.g. a login redirect) is named as such', async () => {
    fetchMock.mockResolvedValue(new Response('<!doctype html><title>Sign in</title>', { headers: { 'Content-Type': 'text/html' } }));
    const error = await apiFailure(http('/api/v3/customer', { schema: servicesListSchema }));
    expect(error.kind).toBe('parse');
    expect(error.message).toBe('The server sent a web page instead of JSON data.');
  });
});

describe('http: error answers', () => {
  it('500 with ErrorTicket in detail: the ticket is extracted and the title makes the sentence', async () => {
    fetchMock.mockResolvedValue(json(fixtures.customerDetails500, 500));
    const error = await apiFailure(http('/api/v3/customer/g?allDetails=true', { schema: z.unknown() }));
    expect(error).toMatchObject({
      kind: 'http',
      status: 500,
      title: 'Failed to retrieve customer information',
      detail: 'ErrorTicket=9ce0708c-9de2-44c9-9daf-0aa81b90bd76',
      errorTicket: '9ce0708c-9de2-44c9-9daf-0aa81b90bd76',
      method: 'GET',
      url: '/api/v3/customer/g?allDetails=true',
    });
    expect(error.message).toBe('The server answered 500: Failed to retrieve customer information');
  });

  it('v3 error body: errorTicket, traceId and errorCode fields', async () => {
    fetchMock.mockResolvedValue(
      json(
        {
          type: 'https://tools.ietf.org/html/rfc9110#section-15.5.10',
          title: 'Conflict',
          status: 409,
          detail: 'Tenant ID validation failed',
          instance: '/api/ovoc/v1/topology/services/1',
          errorTicket: 'b3a3c8f0-2f55-4ab2-9a59-5c1b2b1d6e11',
          errorCode: 4091,
          traceId: '00-abc-def-01',
        },
        409,
      ),
    );
    const error = await apiFailure(http('/api/ovoc/v1/topology/services/1', { schema: z.unknown() }));
    expect(error).toMatchObject({
      kind: 'http',
      status: 409,
      errorTicket: 'b3a3c8f0-2f55-4ab2-9a59-5c1b2b1d6e11',
      traceId: '00-abc-def-01',
      errorCode: 4091,
      detail: 'Tenant ID validation failed',
    });
    expect(error.message).toBe('The server answered 409: Conflict');
  });

  it('400 with ASP.NET `errors`: fieldErrors keyed by camelCase field', async () => {
    fetchMock.mockResolvedValue(
      json(
        {
          title: 'One or more validation errors occurred.',
          status: 400,
          errors: { ShortName: ['The ShortName field is required.'], 'SiteLocation.SbcId': ['Unknown SBC.'], MsTenantId: 'Invalid.' },
          errorCode: null,
        },
        400,
      ),
    );
    const error = await apiFailure(http('/api/v2/customer', { method: 'POST', body: {}, schema: z.unknown() }));
    expect(error.fieldErrors).toEqual({
      shortName: ['The ShortName field is required.'],
      'siteLocation.sbcId': ['Unknown SBC.'],
      msTenantId: ['Invalid.'],
    });
    expect(error.errorCode).toBeUndefined();
    expect(error.message).toBe('The server answered 400: One or more validation errors occurred.');
  });

  it('a plain-text error body is kept as the detail', async () => {
    const text = 'Customer with 0ad77c8d-c023-4054-ac4e-07d02b4b07a6 not found';
    fetchMock.mockResolvedValue(new Response(text, { status: 404, headers: { 'Content-Type': 'text/plain' } }));
    const error = await apiFailure(http('/api/v2/customer/x', { method: 'DELETE', schema: z.unknown() }));
    expect(error.detail).toBe(text);
    expect(error.message).toBe(`The server answered 404: ${text}`);
  });

  it('a JSON string error body is the detail too', async () => {
    fetchMock.mockResolvedValue(json('Customer with abc not found', 404));
    const error = await apiFailure(http('/api/v2/customer/abc', { method: 'DELETE', schema: z.unknown() }));
    expect(error.detail).toBe('Customer with abc not found');
  });

  it('an HTML error page is not used as detail; the status reason is', async () => {
    fetchMock.mockResolvedValue(new Response('<html><body>502 Bad Gateway</body></html>', { status: 502, headers: { 'Content-Type': 'text/html' } }));
    const error = await apiFailure(http('/api/v3/customer', { schema: z.unknown() }));
    expect(error.detail).toBeUndefined();
    expect(error.message).toBe('The server answered 502: Bad Gateway');
  });

  it('a ticket only in a detail without a title: the sentence uses the status reason', async () => {
    fetchMock.mockResolvedValue(json({ status: 500, detail: 'ErrorTicket=9ce0708c-9de2-44c9-9daf-0aa81b90bd76' }, 500));
    const error = await apiFailure(http('/x', { schema: z.unknown() }));
    expect(error.errorTicket).toBe('9ce0708c-9de2-44c9-9daf-0aa81b90bd76');
    expect(error.message).toBe('The server answered 500: Internal Server Error');
  });
});

describe('http: the console request id', () => {
  const ID = '9b2f4c1e-7a3d-4e8b-9c10-2d3e4f5a6b7c';

  it('an error answer carries the x-request-id the console server gave it', async () => {
    fetchMock.mockResolvedValue(
      new Response(JSON.stringify({ title: 'Internal Server Error', status: 500 }), { status: 500, headers: { 'content-type': 'application/json', 'x-request-id': ID } }),
    );
    expect((await apiFailure(http('/api/v3/customer', { schema: servicesListSchema }))).requestId).toBe(ID);
  });

  it('so does a parse error, and an implausible header value is left out', async () => {
    fetchMock.mockResolvedValueOnce(new Response('not json', { status: 200, headers: { 'content-type': 'application/json', 'x-request-id': ID } }));
    expect((await apiFailure(http('/api/v3/customer', { schema: servicesListSchema }))).requestId).toBe(ID);
    fetchMock.mockResolvedValueOnce(new Response('{}', { status: 500, headers: { 'x-request-id': 'a b' } }));
    expect((await apiFailure(http('/api/v3/customer', { schema: servicesListSchema }))).requestId).toBeUndefined();
  });
});

describe('http: transport failures', () => {
  it('fetch rejecting is kind network', async () => {
    fetchMock.mockRejectedValue(new TypeError('Failed to fetch'));
    const error = await apiFailure(http('/api/v3/customer', { schema: servicesListSchema }));
    expect(error.kind).toBe('network');
    expect(error.status).toBeUndefined();
    expect(error.message).toBe('Could not reach the server. Check the network connection and try again.');
    expect(error.cause).toBeInstanceOf(TypeError);
  });

  it('no answer within the timeout is kind timeout', async () => {
    fetchMock.mockImplementation(hangUntilAborted);
    const error = await apiFailure(http('/api/v3/customer', { schema: servicesListSchema, timeoutMs: 30 }));
    expect(error.kind).toBe('timeout');
    expect(error.message).toBe('The server did not answer within 0.03 seconds.');
  });

  it('the default timeout is 20 seconds', async () => {
    const spy = vi.spyOn(AbortSignal, 'timeout');
    fetchMock.mockResolvedValue(json([]));
    await http('/api/v3/customer', { schema: servicesListSchema });
    expect(spy).toHaveBeenCalledWith(20_000);
  });

  it('an abort by the caller (react-query cancel) surfaces as AbortError, not a timeout', async () => {
    fetchMock.mockImplementation(hangUntilAborted);
    const controller = new AbortController();
    const pending = failure(http('/api/v3/customer', { schema: servicesListSchema, signal: controller.signal, timeoutMs: 5_000 }));
    controller.abort();
    const error = await pending;
    expect(error).toBeInstanceOf(DOMException);
    expect(error).toHaveProperty('name', 'AbortError');
    expect(error).not.toBeInstanceOf(ApiError);
  });

  it('a caller signal aborted with a custom reason still surfaces as AbortError', async () => {
    fetchMock.mockImplementation(hangUntilAborted);
    const controller = new AbortController();
    controller.abort('navigated away');
    const error = await failure(http('/x', { schema: z.unknown(), signal: controller.signal }));
    expect(error).toHaveProperty('name', 'AbortError');
    expect(fetchMock).not.toHaveBeenCalled();
  });
});

describe('request validation', () => {
  it('throws before sending, naming the field', () => {
    const body = { ...fixtures.createCustomerRequest, siteLocation: { sbcId: 'five', sbcOnboardingScript: 1, sbcCleanupScript: 2 } };
    let thrown: unknown;
    try {
      validateRequest(createCustomerRequestSchema, body);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(RequestValidationError);
    expect((thrown as RequestValidationError).message).toBe(
      'The request was not sent because its data is invalid at siteLocation.sbcId: expected a number',
    );
    expect(Object.keys((thrown as RequestValidationError).fieldErrors)).toEqual(['siteLocation.sbcId']);
  });
});

describe('toFieldKey', () => {
  it.each([
    ['ShortName', 'shortName'],
    ['SiteLocation.SbcId', 'siteLocation.sbcId'],
    ['$.msTenantId', 'msTenantId'],
    ['ID', 'id'],
    ['URLValue', 'urlValue'],
    ['MsTenantID', 'msTenantID'],
    ['shortName', 'shortName'],
  ])('%s -> %s', (key, expected) => {
    expect(toFieldKey(key)).toBe(expected);
  });
});
