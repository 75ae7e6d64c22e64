/** The services page's integration tests: the shared simulator server. */
import { startSimServer, type SimServer } from '../../../test/sim-server';

export const STORE_NOW = new Date('2026-03-01T12:00:00Z');

export type ServicesSimServer = SimServer;

export const startServicesSim = (): ServicesSimServer => startSimServer({ now: STORE_NOW });
