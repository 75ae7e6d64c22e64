/** The health page's integration tests: the shared simulator server. */
import { startSimServer, type SimServer } from './sim-server';

/** Anchors the simulator's generated data. */
export const STORE_NOW = new Date('2026-03-01T12:00:00Z');

export type HealthSimServer = SimServer;

export const setupHealthSimServer = (): HealthSimServer => startSimServer({ now: STORE_NOW });
