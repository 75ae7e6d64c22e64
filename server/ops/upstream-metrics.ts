import { TokenError } from '../upstream/token';
import { UpstreamError, type Upstream } from '../upstream/upstream';
import type { ConsoleMetrics } from './metrics';

/**
 * Live Platform calls measured by documented endpoint. The label is the endpoint's template as
 * the API pages write it, so customer GUIDs and OVOC ids never become label values (one time
 * series per customer would swamp the monitoring system).
 */

const ENDPOINTS: readonly [RegExp, string][] = [
  [/^\/api\/v3\/customer\/?$/, '/api/v3/customer'],
  [/^\/api\/v3\/customer\/[^/]+$/, '/api/v3/customer/{guid}'],
  [/^\/api\/v2\/customer\/?$/, '/api/v2/customer'],
  [/^\/api\/v2\/customer\/[^/]+$/, '/api/v2/customer/{guid}'],
  [/^\/api\/v2\/task\/[^/]+$/, '/api/v2/task/{taskId}'],
  [/^\/api\/ovoc\/v1\/topology\/services\/?$/, '/api/ovoc/v1/topology/services'],
  [/^\/api\/ovoc\/v1\/topology\/services\/[^/]+$/, '/api/ovoc/v1/topology/services/{id}'],
  [/^\/api\/ovoc\/v1\/topology\/customers\/[^/]+$/, '/api/ovoc/v1/topology/customers/{id}'],
];

/** The documented endpoint a checked "/api/..." path (with its query) calls, or "other". */
export function endpointOf(pathAndQuery: string): string {
  const queryAt = pathAndQuery.indexOf('?');
  const path = queryAt < 0 ? pathAndQuery : pathAndQuery.slice(0, queryAt);
  return ENDPOINTS.find(([pattern]) => pattern.test(path))?.[1] ?? 'other';
}

function failureLabel(error: unknown): string {
  if (error instanceof UpstreamError) return error.failure;
  if (error instanceof TokenError) return 'token_error';
  return 'error';
}

/** The upstream, timing each call until its status line (the body streams on afterwards). */
export function measuredUpstream(upstream: Upstream, metrics: Pick<ConsoleMetrics, 'upstream'>): Upstream {
  return async (request) => {
    const done = metrics.upstream.startTimer({ method: request.method, endpoint: endpointOf(request.pathAndQuery) });
    try {
      const answer = await upstream(request);
      done({ status: String(answer.status) });
      return answer;
    } catch (error) {
      done({ status: failureLabel(error) });
      throw error;
    }
  };
}
