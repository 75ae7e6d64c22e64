/**
 * What of a request body goes into the audit trail: its shape and plain facts, never a secret. Any
 * key that names a secret is dropped whatever its depth, strings are cut short, and only JSON
 * objects are read (anything else is summarised by its size alone).
 */

const SECRET_KEY = /secret|password|passwd|pwd|token|credential|apikey|api_key|private|authorization|cookie|assertion/i;
const MAX_STRING = 200;
const MAX_DEPTH = 4;
const MAX_KEYS = 50;

function clean(value: unknown, depth: number): unknown {
  if (typeof value === 'string') return value.length > MAX_STRING ? `${value.slice(0, MAX_STRING)}…` : value;
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return value;
  if (depth >= MAX_DEPTH) return '[…]';
  if (Array.isArray(value)) return value.slice(0, MAX_KEYS).map((item) => clean(item, depth + 1));
  if (typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value as Record<string, unknown>).slice(0, MAX_KEYS)) {
      if (SECRET_KEY.test(key)) continue;
      out[key] = clean(item, depth + 1);
    }
    return out;
  }
  return undefined;
}

export function summarizeBody(body: Buffer | undefined): Record<string, unknown> | null {
  if (!body || body.length === 0) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(body.toString('utf8'));
  } catch {
    return { bytes: body.length };
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) return { bytes: body.length };
  return clean(parsed, 0) as Record<string, unknown>;
}
