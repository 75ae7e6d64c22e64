/**
 * Web Worker: fetches OVOC's services (same origin, session cookie), parses and reduces them, and
 * posts back the small index. The ~77 MB parse then neither blocks the page nor stays in its heap:
 * the page terminates the worker once it has answered.
 */
import './zod-jitless';
import { answerHealthRequest } from './load';
import type { HealthRequest } from './wire';

self.onmessage = (event: MessageEvent<HealthRequest>) => {
  void answerHealthRequest(event.data).then((response) => {
    self.postMessage(response, { transfer: response.ok ? [response.index.codes.buffer] : [] });
  });
};
