// The worker's copy of public/zod-jitless.js: the CSP (server/security.ts) forbids eval in the worker
// too, and zod reads the flag when it builds its first object schema. Imported first by the worker,
// so it runs before any schema module (the worker is bundled on its own, in import order).
const zodConfigHolder = globalThis as { __zod_globalConfig?: Record<string, unknown> };
zodConfigHolder.__zod_globalConfig = Object.assign(zodConfigHolder.__zod_globalConfig ?? {}, { jitless: true });
export {};
