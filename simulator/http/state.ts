import type { RequestHandler } from 'msw';
import { createHandlers } from '../handlers';
import { simStoreFromEnv, type SimStore } from '../store';
import { flipSecondsFromEnv, startStatusFlips } from '../status-flips';
import type { SimulatorConfig } from './config';
import { RequestLog } from './request-log';
import { TokenRegistry } from './tokens';

export type TokenEndpointMode = 'ok' | 'fail' | 'garbage';

/**
 * Everything a running simulator holds. One object so the control API can reset it
 * in one place and the request path reads the current store and handlers on each call.
 */
export class SimulatorState {
  store!: SimStore;
  handlers!: readonly RequestHandler[];
  readonly tokens = new TokenRegistry();
  readonly log = new RequestLog();
  tokenEndpointMode: TokenEndpointMode = 'ok';
  /** Extra delay before every /api answer, set by the control API to make the upstream slow. */
  extraLatencyMs = 0;
  apiRequests = 0;
  unauthorizedRequests = 0;

  constructor(
    readonly config: SimulatorConfig,
    private readonly env: Record<string, string | undefined>,
  ) {
    this.reset();
    // Off unless SIM_STATUS_FLIP_SECONDS says otherwise; follows the store across resets.
    this.stopFlips = startStatusFlips(() => this.store, flipSecondsFromEnv(env, 0));
  }

  readonly stopFlips: () => void;

  /** A fresh store (SIM_CUSTOMERS / SIM_FAULTS applied again) and default knobs. Issued tokens stay valid. */
  reset(): void {
    const { store, latencyMs } = simStoreFromEnv(this.env);
    this.store = store;
    this.handlers = createHandlers(store, { latencyMs });
    this.tokenEndpointMode = 'ok';
    this.extraLatencyMs = 0;
    this.apiRequests = 0;
    this.unauthorizedRequests = 0;
    this.tokens.resetCount();
    this.log.clear();
  }

  stats() {
    return {
      tokensIssued: this.tokens.issuedCount,
      tokensActive: this.tokens.activeCount,
      apiRequests: this.apiRequests,
      unauthorizedRequests: this.unauthorizedRequests,
      tokenEndpointMode: this.tokenEndpointMode,
      extraLatencyMs: this.extraLatencyMs,
      customers: this.store.listCustomers().length,
    };
  }
}
