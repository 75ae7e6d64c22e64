import type { RequestHandler } from 'msw';
import { ovocHandlers } from './handlers/ovoc';
import type { HandlerContext } from './handlers/route';
import { siteHandlers } from './handlers/sites';
import { umpHandlers } from './handlers/ump';
import type { SimStore } from './store';

export interface HandlerOptions {
  latencyMs?: number;
}

/**
 * The simulator's routes, written once and served three ways: in-process by the server in
 * demo mode, by msw/node in Vitest, and over real HTTP by `npm run simulator`.
 * Pass a getter when the store can be replaced (the simulator's reset).
 */
export function createHandlers(store: SimStore | (() => SimStore), options: HandlerOptions = {}): RequestHandler[] {
  const context: HandlerContext = {
    store: typeof store === 'function' ? store : () => store,
    latencyMs: options.latencyMs ?? 0,
  };
  return [...umpHandlers(context), ...siteHandlers(context), ...ovocHandlers(context)];
}
