/** The customer page's integration tests: the shared simulator server, anchored for expiry dates. */
import { startSimServer as startSharedSimServer, type SimServer } from './sim-server';

export const DETAILS_EXAMPLE_GUID = 'a2a3f4c1-38a9-4709-a1be-0c99d02dd5a2';
/** Anchors the simulator's generated data (not the example's fixed expiry). */
export const STORE_NOW = new Date('2026-11-01T00:00:00Z');

export type { SimServer };

export const startSimServer = (): SimServer => startSharedSimServer({ now: STORE_NOW });

/** Freezes Date (only Date: timers stay real, so msw and user-event work). */
export function freezeDate(iso: string): void {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(iso));
}
