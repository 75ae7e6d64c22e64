/**
 * The services list's OVOC health: OVOC's answer reduced in a Web Worker (see health-index.worker.ts),
 * or in place where there is no Worker (jsdom) or it could not start. Either way the caller gets the
 * same lookup or the same ApiError.
 */
import type { ServiceBrief } from '../schemas';
import { loadHealthIndex } from './load';
import { customersOf, toLookup, type HealthCustomers, type HealthIndex, type HealthLookup } from './projection';
import { readResponse, type HealthResponse } from './wire';

function abortError(signal: AbortSignal): unknown {
  const reason: unknown = signal.reason;
  return reason instanceof DOMException && reason.name === 'AbortError' ? reason : new DOMException('The request was cancelled.', 'AbortError');
}

function inWorker(customers: HealthCustomers, signal: AbortSignal | undefined): Promise<HealthIndex> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./health-index.worker.ts', import.meta.url), { type: 'module', name: 'ovoc-health-index' });
    const finish = () => {
      worker.terminate();
      signal?.removeEventListener('abort', onAbort);
    };
    const onAbort = () => {
      finish();
      if (signal) reject(abortError(signal));
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    worker.onmessage = (event: MessageEvent<HealthResponse>) => {
      finish();
      try {
        resolve(readResponse(event.data));
      } catch (error) {
        reject(error);
      }
    };
    // The worker could not load (or crashed): the same work in place, rather than no health at all.
    worker.onerror = (event) => {
      event.preventDefault();
      finish();
      loadHealthIndex(customers, signal).then(resolve, reject);
    };
    worker.postMessage(customers);
  });
}

export async function fetchHealthLookup(rows: readonly ServiceBrief[], signal?: AbortSignal): Promise<HealthLookup> {
  if (signal?.aborted) throw abortError(signal);
  const customers = customersOf(rows);
  const index = typeof Worker === 'undefined' ? await loadHealthIndex(customers, signal) : await inWorker(customers, signal);
  return toLookup(rows, index);
}
