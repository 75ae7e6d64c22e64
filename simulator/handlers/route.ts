import { delay, http, type DefaultBodyType, type HttpResponseResolver, type PathParams } from 'msw';
import { faultResponse } from '../errors';
import type { RouteKey } from '../faults';
import type { SimStore } from '../store';

export interface HandlerContext {
  store: () => SimStore;
  latencyMs: number;
}

const METHODS = { GET: http.get, POST: http.post, PUT: http.put, DELETE: http.delete } as const;

/**
 * One simulator route: latency and forced faults first (so every route honours the test
 * knobs the same way), then the route's own answer. Paths match on any origin.
 */
export function route<Params extends PathParams>(
  key: RouteKey,
  context: HandlerContext,
  resolver: HttpResponseResolver<Params, DefaultBodyType>,
  pathOverride?: string,
) {
  const [method, path] = key.split(' ') as [keyof typeof METHODS, string];
  return METHODS[method]<Params>(`*${pathOverride ?? path}`, async (info) => {
    if (context.latencyMs > 0) await delay(context.latencyMs);
    const fault = context.store().faults.take(key);
    if (fault) {
      if (fault.delayMs) await delay(fault.delayMs);
      if (fault.status !== undefined) return faultResponse(key, fault.status, new URL(info.request.url).pathname);
    }
    return resolver(info);
  });
}
