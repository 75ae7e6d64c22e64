// @vitest-environment node
import { QueryClient } from '@tanstack/react-query';
import { answerMayBeLost, describeError, describeRefreshError, isTransient, MAX_RETRIES, OVOC_DOCUMENTED_ERROR_STATUSES, shouldRetry } from './error-words';
import { ApiError, type ApiErrorDetails } from './errors';
import { customerQueries, ovocQueries } from './queries';
import { SIGN_IN_REQUIRED_TITLE } from './session';

const TICKET = '9ce0708c-9de2-44c9-9daf-0aa81b90bd76';
const where = { method: 'GET', url: '/api/ovoc/v1/topology/services/' } as const;
const apiError = (details: Omit<ApiErrorDetails, 'method' | 'url'>, message = 'failed') => new ApiError(message, { ...where, ...details });
const http = (status: number, more: Partial<ApiErrorDetails> = {}) => apiError({ kind: 'http', status, ...more }, `The server answered ${status}.`);
const network = apiError({ kind: 'network' }, 'The server could not be reached.');
const timeout = apiError({ kind: 'timeout' }, 'The server did not answer within 30 seconds.');
const parse = apiError({ kind: 'parse', status: 200 }, 'The server sent a response that is not valid JSON.');

describe('describeError: every kind', () => {
  it('names each kind plainly when the server sent no title', () => {
    expect(describeError(network)).toMatchObject({ title: "Can't reach the server", message: 'The server could not be reached.' });
    expect(describeError(timeout).title).toBe('The server took too long to answer');
    expect(describeError(parse).title).toBe('Unexpected answer from the server');
    expect(describeError(http(418)).title).toBe('The request failed');
  });

  it("prefers the server's title and keeps everything support needs", () => {
    const words = describeError(
      http(500, { title: 'Failed to retrieve customer information', detail: `ErrorTicket=${TICKET}`, errorTicket: TICKET, traceId: '00-abc-01', requestId: 'req-1', errorCode: 17 }),
    );
    expect(words).toMatchObject({ title: 'Failed to retrieve customer information', status: 500, errorTicket: TICKET, traceId: '00-abc-01', requestId: 'req-1', errorCode: '17' });
    // The bare "ErrorTicket=<uuid>" detail is shown as the ticket, not repeated as a sentence.
    expect(words.detail).toBeUndefined();
  });

  it('keeps a detail that says more than the message, and field errors that have messages', () => {
    const words = describeError(http(400, { detail: 'shortName is too long', fieldErrors: { shortName: ['Too long.'], sbcId: [] } }));
    expect(words.detail).toBe('shortName is too long');
    expect(words.fieldErrors).toEqual([['shortName', ['Too long.']]]);
  });

  it("explains 401/403 as the console's access, but not our own role refusals, rate limits or sign-in", () => {
    expect(describeError(http(401)).meaning).toMatch(/refused the console's credentials/);
    expect(describeError(http(403)).meaning).toMatch(/app registration/);
    expect(describeError(http(403, { detail: 'This needs the operator role.' })).meaning).toMatch(/Your role does not allow this/);
    expect(describeError(http(429)).meaning).toMatch(/limits how often/);
    expect(describeError(http(401, { title: SIGN_IN_REQUIRED_TITLE })).meaning).toBeUndefined();
    expect(describeError(network).meaning).toBeUndefined();
  });

  it('describes anything thrown, never throwing itself', () => {
    expect(describeError(new Error('boom'))).toEqual({ title: 'Something went wrong', message: 'boom' });
    expect(describeError('plain text').message).toBe('plain text');
    expect(describeError(undefined).message).toBe('An unexpected error occurred.');
    expect(describeError({ odd: true }).message).toBe('An unexpected error occurred.');
  });
});

describe('describeError: the OVOC meanings', () => {
  it('explains every status the OVOC pages document, for both calls, with what to do', () => {
    for (const status of OVOC_DOCUMENTED_ERROR_STATUSES) {
      for (const ovoc of ['services', 'customer'] as const) {
        const words = describeError(http(status), { ovoc });
        expect(words.documentedTitle?.length).toBeGreaterThan(5);
        expect(words.meaning?.length).toBeGreaterThan(40);
        expect(words.action?.length).toBeGreaterThan(10);
        expect(words.status).toBe(status);
      }
    }
  });

  it('uses the documented wording', () => {
    expect(describeError(http(503), { ovoc: 'services' }).documentedTitle).toBe('Live Platform portal is not configured');
    expect(describeError(http(503), { ovoc: 'services' }).action).toMatch(/retrying will not help/);
    expect(describeError(http(404), { ovoc: 'customer' }).meaning).toMatch(/does not exist.*different tenant/);
    expect(describeError(http(409), { ovoc: 'customer' }).meaning).toMatch(/validate the tenant id for this OVOC customer/);
    expect(describeError(http(500), { ovoc: 'services' }).meaning).toMatch(/communicate with the Live Platform portal, while reading the OVOC services list/);
    expect(describeError(http(400), { ovoc: 'customer' }).meaning).toMatch(/malformed/);
  });

  it('gives no OVOC meaning to undocumented statuses, to failures without an answer, or outside OVOC calls', () => {
    expect(describeError(http(502), { ovoc: 'services' }).documentedTitle).toBeUndefined();
    expect(describeError(network, { ovoc: 'services' }).documentedTitle).toBeUndefined();
    expect(describeError(http(503)).documentedTitle).toBeUndefined();
    // A documented status that is the console's own 401 keeps the console's meaning.
    expect(describeError(http(401), { ovoc: 'customer' }).meaning).toMatch(/console's credentials/);
  });
});

describe('the retry decision', () => {
  it('retries network, timeout and 5xx twice, then stops', () => {
    expect(MAX_RETRIES).toBe(2);
    for (const error of [network, timeout, http(500), http(502), http(504), http(503, { retryAfterSeconds: 5 })]) {
      expect([0, 1, 2].map((count) => shouldRetry(count, error))).toEqual([true, true, false]);
    }
  });

  it('never retries a documented "not configured" 503 (no Retry-After), whichever page asks', () => {
    expect(isTransient(http(503))).toBe(false);
    expect(isTransient(http(503, { title: 'Live Platform portal is not configured' }))).toBe(false);
  });

  it('never retries 4xx, parse errors, ticketed failures, or anything that is not an ApiError', () => {
    const ticketed = http(500, { errorTicket: TICKET });
    for (const error of [http(400), http(401), http(404), http(409), http(429), parse, ticketed, new Error('bug'), new DOMException('x', 'AbortError'), undefined]) {
      expect(shouldRetry(0, error)).toBe(false);
    }
  });

  describe('through a QueryClient with the rule', () => {
    const fetchMock = vi.fn<(input: string, init: RequestInit) => Promise<Response>>();
    beforeEach(() => {
      fetchMock.mockReset();
      vi.stubGlobal('fetch', fetchMock);
    });
    afterEach(() => vi.unstubAllGlobals());
    const client = () => new QueryClient({ defaultOptions: { queries: { retry: shouldRetry, retryDelay: 0 } } });
    const answer = (status: number, headers: Record<string, string> = {}) =>
      new Response(JSON.stringify({ title: 'Live Platform portal is not configured', status }), { status, headers: { 'Content-Type': 'application/json', ...headers } });

    it('asks once for OVOC\'s "portal not configured", on the list and the customer alike', async () => {
      fetchMock.mockImplementation(async () => answer(503));
      await expect(client().fetchQuery(ovocQueries.services())).rejects.toMatchObject({ status: 503 });
      await expect(client().fetchQuery(ovocQueries.customer(85844))).rejects.toMatchObject({ status: 503 });
      expect(fetchMock).toHaveBeenCalledTimes(2);
    });

    it('asks three times when the 503 says when to come back (Retry-After)', async () => {
      fetchMock.mockImplementation(async () => answer(503, { 'Retry-After': '5' }));
      await expect(client().fetchQuery(customerQueries.list())).rejects.toMatchObject({ status: 503, retryAfterSeconds: 5 });
      expect(fetchMock).toHaveBeenCalledTimes(3);
    });

    it('reads Retry-After as an HTTP date too', async () => {
      fetchMock.mockResolvedValue(answer(503, { 'Retry-After': new Date(Date.now() + 60_000).toUTCString() }));
      const once = new QueryClient({ defaultOptions: { queries: { retry: false } } });
      const error: unknown = await once.fetchQuery(customerQueries.list()).catch((e: unknown) => e);
      expect(error).toMatchObject({ status: 503, retryAfterSeconds: expect.any(Number) });
      expect(isTransient(error)).toBe(true);
    });
  });
});

describe('answerMayBeLost', () => {
  it('is true only when the answer never arrived', () => {
    for (const error of [network, timeout, http(502), http(504)]) expect(answerMayBeLost(error)).toBe(true);
    for (const error of [http(500), http(503), http(400), parse, new Error('x')]) expect(answerMayBeLost(error)).toBe(false);
  });
});

describe('describeRefreshError', () => {
  it('treats the refresh rate limit as information and anything else as an error', () => {
    expect(describeRefreshError(http(429))).toEqual({ message: 'Refreshes are limited to one every 10 seconds. Try again shortly.', severity: 'info' });
    expect(describeRefreshError(network)).toEqual({ message: "Couldn't ask for a refresh: The server could not be reached.", severity: 'error' });
  });
});
