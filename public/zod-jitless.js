// Loaded by index.html before the app's modules. The server's CSP forbids eval (script-src 'self');
// zod probes for it with `new Function` when it builds its first object schema, which the browser
// reports as a CSP violation. With jitless set before zod loads, it parses the same without the probe.
// (A module cannot do this: the shared chunk that builds the schemas runs before the entry's code.)
// The client now uses zod/mini, whose objects are never compiled (so no probe today); this stays as the guard
// should a classic zod object come back into the bundle (both read the same global config).
globalThis.__zod_globalConfig = Object.assign(globalThis.__zod_globalConfig || {}, { jitless: true });
