/**
 * msw/node with the simulator's handlers on a fresh store per test, for the documented-error tests:
 * `sim.store.faults.set(ROUTES.x, { status })` makes one route answer the documented error body.
 */
import { startSimServer, type SimServer } from '../sim-server';

export const DETAILS_EXAMPLE_GUID = 'a2a3f4c1-38a9-4709-a1be-0c99d02dd5a2';
export const TICKET = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export const startErrorsServer = (): SimServer => startSimServer({ now: new Date('2026-11-01T00:00:00Z'), mode: 'live' });
