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

/** A list schema the checkout being measured exports (its own tolerant reader), or null. */
async function exportedSchema(checkout: string, name: string): Promise<z.core.$ZodType | null> {
  const module: unknown = await import(pathToFileURL(join(checkout, 'src/api/schemas/index.ts')).href);
  const schema = typeof module === 'object' && module !== null && name in module ? (module as Record<string, unknown>)[name] : undefined;
  return schema instanceof z.core.$ZodType ? schema : null;
}

/** The whole list in one parse, as the console read it until rows were read one by one. */
export async function loadListSchema(checkout: string): Promise<z.core.$ZodType> {
  const schema = await exportedSchema(checkout, 'servicesListSchema');
  if (!schema) throw new Error(`no servicesListSchema in ${checkout}/src/api/schemas`);
  return schema;
}

/** The row-by-row reader the console uses now; null in a checkout from before it. */
export const loadRowsSchema = (checkout: string) => exportedSchema(checkout, 'servicesListRowsSchema');

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
