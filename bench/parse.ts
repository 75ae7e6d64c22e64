/** The cost of reading the list as the browser does (JSON.parse + the tolerant zod schema), timed in Node. */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import * as z from 'zod/mini';

export async function fetchListBody(consoleUrl: string): Promise<string> {
  const response = await fetch(`${consoleUrl}/api/v3/customer`, { headers: { accept: 'application/json' } });
  if (!response.ok) throw new Error(`GET /api/v3/customer answered ${response.status}`);
  return response.text();
}

/** The list schema of the checkout being measured (its own tolerant reader). */
export async function loadListSchema(checkout: string): Promise<z.core.$ZodType> {
  const module: unknown = await import(pathToFileURL(join(checkout, 'src/api/schemas/index.ts')).href);
  const schema = typeof module === 'object' && module !== null && 'servicesListSchema' in module ? module.servicesListSchema : undefined;
  if (!(schema instanceof z.core.$ZodType)) throw new Error(`no servicesListSchema in ${checkout}/src/api/schemas`);
  return schema;
}

/**
 * `runs` timings of the same body. The browser parses the list once, with a cold JIT, like the first
 * of these; later ones show the steady state. The navigation figure includes the browser's own parse.
 */
export function timeParse(schema: z.core.$ZodType, body: string, runs: number): number[] {
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    // jitless as in the browser, where the CSP forbids eval (public/zod-jitless.js).
    const result = z.safeParse(schema, JSON.parse(body), { jitless: true });
    times.push(performance.now() - start);
    if (!result.success) throw new Error('the list does not parse');
  }
  return times;
}
