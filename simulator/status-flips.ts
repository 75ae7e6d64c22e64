import { createRng, pick, type Rng } from './prng';
import type { SimStore } from './store';

/**
 * The demo's life: every few minutes a few OVOC services change status, so the console's history,
 * "since" and live updates can be seen without a real platform. Off unless asked for
 * (SIM_STATUS_FLIP_SECONDS; `npm start`'s demo turns it on); tests flip one on demand instead.
 */

const WORDS = ['OK', 'WARNING', 'ERROR'] as const;

export interface Flip {
  id: number;
  from: string | null;
  to: string;
}

/** Changes the status of one service (never to the word it has); null when there are none. */
export function flipOne(store: SimStore, rng: Rng = Math.random): Flip | null {
  const services = store.listOvocServices().filter((service) => service.id !== null);
  if (services.length === 0) return null;
  const service = pick(rng, services);
  const to = pick(rng, WORDS.filter((word) => word !== service.status));
  store.setOvocServiceStatus(service.id ?? 0, to);
  return { id: service.id ?? 0, from: service.status, to };
}

/** Flips `count` services every `seconds`; the returned function stops it. The timer never keeps the process alive. */
export function startStatusFlips(currentStore: () => SimStore, seconds: number, count = 3, seed = 20_261_202): () => void {
  if (seconds <= 0) return () => undefined;
  const rng = createRng(seed);
  const timer = setInterval(() => {
    for (let i = 0; i < count; i += 1) flipOne(currentStore(), rng);
  }, seconds * 1000);
  timer.unref();
  return () => clearInterval(timer);
}

/** SIM_STATUS_FLIP_SECONDS: 0 (off) to one day; `fallback` when unset. */
export function flipSecondsFromEnv(env: Record<string, string | undefined>, fallback: number): number {
  const raw = env.SIM_STATUS_FLIP_SECONDS;
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0 || value > 86_400) throw new Error(`SIM_STATUS_FLIP_SECONDS must be a whole number from 0 to 86400, got "${raw}"`);
  return value;
}
