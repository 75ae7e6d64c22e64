import type { RequestHandler } from 'msw';
import { answerFromHandlers, isNetworkError, toFetchRequest } from '../../simulator/http/node-adapter';
import { REQUEST_ID_HEADER } from '../ops/request-id';
import { UpstreamError, withTimeout, type Upstream } from './upstream';
import { upstreamBody } from './upstream-body';

/**
 * Demo mode: the simulator's msw handlers answer in this process, no token and no network.
 * It keeps the live path's rules (timeout, dropped connection = unreachable) so the SPA sees
 * the same failures in a demo as against a real platform.
 */

/** Never resolvable: the handlers match any origin, and nothing here may go to the network. */
const DEMO_ORIGIN = 'http://live-platform.demo.invalid';

export function createDemoUpstream(handlers: readonly RequestHandler[], timeoutMs: number): Upstream {
  return async (request) => {
    const fetchRequest = toFetchRequest(
      { method: request.method, url: request.pathAndQuery, headers: { ...request.headers, [REQUEST_ID_HEADER]: request.requestId } },
      DEMO_ORIGIN,
      request.body,
    );
    const response = await withTimeout(answerFromHandlers(handlers, fetchRequest), timeoutMs);
    if (isNetworkError(response)) throw new UpstreamError('unreachable', 'the simulator dropped the connection');
    // In memory already: a read can only fail by a bug, reported as a broken-off answer.
    return { status: response.status, headers: response.headers, body: upstreamBody(response.body, () => null) };
  };
}
