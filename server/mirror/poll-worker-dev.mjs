// The poll's worker when the server runs from its TypeScript source (tsx: dev, tests, e2e, bench).
// Node 20 does not apply the parent's --import loader to a worker's entry, so tsx is registered here
// first. The built server (scripts/build-server.ts) starts dist-server/poll-worker.js instead.
import { register } from 'tsx/esm/api';

register();
await import('./poll-worker.ts');
