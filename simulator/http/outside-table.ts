import { isTableCall } from '../../src/domain/api-calls';

/**
 * Every request the simulator received at /api that is not a call of the console's table
 * (src/domain/api-calls.ts). It survives /__sim/reset on purpose: the end-to-end run reads it
 * once, at its end, to prove the table covers every call the pages made and the server let nothing else by.
 */

export interface OutsideCall {
  at: string;
  method: string;
  /** As received, cut to a readable length. */
  path: string;
}

const MAX_KEPT = 100;
const MAX_PATH_CHARS = 300;

/** "/tenantui/api/..." (a deployment's base path) is read as "/api/...". */
export function apiTarget(target: string): string {
  if (target.startsWith('/api/')) return target;
  const at = target.indexOf('/api/', 1);
  return at < 0 ? target : target.slice(at);
}

export class OutsideTableLog {
  count = 0;
  readonly #kept: OutsideCall[] = [];

  /** Checks one /api request; records it when it matches no row. */
  check(method: string, target: string): void {
    if (isTableCall(method, apiTarget(target))) return;
    this.count += 1;
    if (this.#kept.length < MAX_KEPT) this.#kept.push({ at: new Date().toISOString(), method, path: target.slice(0, MAX_PATH_CHARS) });
  }

  report(): { count: number; requests: OutsideCall[] } {
    return { count: this.count, requests: [...this.#kept] };
  }

  clear(): void {
    this.count = 0;
    this.#kept.length = 0;
  }
}
