import type { FastifyBaseLogger } from 'fastify';

/**
 * What /readyz asks before it says this instance can take traffic. Each room that can make the
 * instance useless plugs in a check (the store, its migrations, the mirror's snapshot, the token);
 * the answer names each check with ok or fail and nothing more, the reason goes to the log.
 */

export interface ReadinessCheck {
  /** Shown in /readyz, e.g. "store"; see READINESS_SLOTS for the agreed names. */
  readonly name: string;
  /** Resolves when ready; rejects (the message is logged, never answered) when not. */
  check(signal: AbortSignal): Promise<void>;
}

/** The names the rooms agreed on, so the probe's answer stays the same whoever fills a slot. */
export const READINESS_SLOTS = {
  token: 'token',
  store: 'store',
  migrations: 'migrations',
  snapshot: 'snapshot',
} as const;

export type ReadinessReport = { ready: boolean; checks: Record<string, 'ok' | 'fail'> };

/** A check slower than this counts as failed: a probe must answer within the orchestrator's timeout. */
const CHECK_TIMEOUT_MS = 3_000;

export class Readiness {
  readonly #checks = new Map<string, ReadinessCheck>();

  /** Adds a check; a second check with the same name replaces the first. */
  add(check: ReadinessCheck): void {
    this.#checks.set(check.name, check);
  }

  async report(log: FastifyBaseLogger): Promise<ReadinessReport> {
    const entries = await Promise.all(
      [...this.#checks.values()].map(async (check): Promise<[string, 'ok' | 'fail']> => {
        const signal = AbortSignal.timeout(CHECK_TIMEOUT_MS);
        try {
          await Promise.race([
            check.check(signal),
            new Promise<never>((_, reject) => signal.addEventListener('abort', () => reject(new Error('check timed out')), { once: true })),
          ]);
          return [check.name, 'ok'];
        } catch (error) {
          log.warn({ check: check.name, reason: error instanceof Error ? error.message : String(error) }, 'readiness check failed');
          return [check.name, 'fail'];
        }
      }),
    );
    return { ready: entries.every(([, state]) => state === 'ok'), checks: Object.fromEntries(entries) };
  }
}

/** At most one token fetch a minute for the probe: a failing token endpoint is not hammered by every probe. */
export const TOKEN_CHECK_INTERVAL_MS = 60_000;

/**
 * A Live Platform token can be had. After a success the provider is asked again at each probe
 * (a cached token costs nothing; an expired one is fetched once, as the next API call would);
 * after a failure the failure stands for a minute before the token endpoint is tried again.
 */
export function tokenCheck(getToken: () => Promise<string>, now: () => number = Date.now): ReadinessCheck {
  let last: { at: number; error: Error | null } | null = null;
  return {
    name: READINESS_SLOTS.token,
    async check() {
      if (!last || !last.error || now() - last.at >= TOKEN_CHECK_INTERVAL_MS) {
        const at = now();
        try {
          await getToken();
          last = { at, error: null };
        } catch (error) {
          last = { at, error: error instanceof Error ? error : new Error(String(error)) };
        }
      }
      if (last.error) throw last.error;
    },
  };
}

/** The mirror's newest snapshot is younger than three poll intervals (null age: none yet). */
export function snapshotFreshCheck(ageSeconds: () => number | null | Promise<number | null>, pollSeconds: number): ReadinessCheck {
  return {
    name: READINESS_SLOTS.snapshot,
    async check() {
      const age = await ageSeconds();
      if (age === null) throw new Error('no snapshot yet');
      if (age >= 3 * pollSeconds) throw new Error(`snapshot is ${Math.round(age)} s old (limit ${3 * pollSeconds} s)`);
    },
  };
}
