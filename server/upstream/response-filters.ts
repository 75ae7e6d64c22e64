/**
 * Answers the proxy does not pass through verbatim. A SIP connection carries the carrier password in clear
 * text (the vendor's own example): the value of every variable whose name says password/secret/key/token is
 * replaced by `{ redacted: true, set }` before anything leaves this server, and nothing here logs a body.
 * The same step remembers CAC profiles and channel ids for the wizard's suggestions (seen-values.ts).
 */
import type { Readable } from 'node:stream';
import { isSecretName } from '../../src/domain/secret-names';
import type { SeenValues } from './seen-values';

type Filter = (body: unknown, seen: SeenValues) => unknown;

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

const redacted = (value: unknown) => ({ redacted: true, set: value !== null && value !== undefined && value !== '' });

/**
 * `everywhere`: any secret-named key at any depth (a SIP connection has no innocent "key" field);
 * otherwise only inside `customerVariables` (script templates: `relatedScripts[].key` is an id).
 */
export function redactSecrets(value: unknown, everywhere: boolean, inVariables = false): unknown {
  if (Array.isArray(value)) return value.map((item) => redactSecrets(item, everywhere, inVariables));
  if (!isObject(value)) return value;
  const out: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value)) {
    const secret = (everywhere || inVariables) && isSecretName(key) && !isObject(field) && !Array.isArray(field);
    out[key] = secret ? redacted(field) : redactSecrets(field, everywhere, key.toLowerCase() === 'customervariables');
  }
  return out;
}

function field(value: unknown, name: string): unknown {
  if (!isObject(value)) return undefined;
  const key = Object.keys(value).find((k) => k.toLowerCase() === name.toLowerCase());
  return key === undefined ? undefined : value[key];
}

const RULES: ReadonlyArray<{ method: string; path: RegExp; filter: Filter }> = [
  {
    method: 'GET',
    path: /^\/api\/v2\/sitelocation\/[^/]+$/,
    filter: (body, seen) => {
      seen.recordCacProfile(field(field(body, 'sbcInfo'), 'cacProfile'));
      return redactSecrets(body, true);
    },
  },
  { method: 'GET', path: /^\/api\/v2\/scripttemplates$/, filter: (body) => redactSecrets(body, false) },
  {
    method: 'PUT',
    path: /^\/api\/ovoc\/v1\/topology\/customers\/[^/]+$/,
    filter: (body, seen) => {
      seen.recordChannelId(field(body, 'channelId'));
      return body;
    },
  },
];

export function responseFilterFor(method: string, pathAndQuery: string): Filter | undefined {
  const path = pathAndQuery.split('?')[0] ?? '';
  return RULES.find((rule) => rule.method === method && rule.path.test(path))?.filter;
}

/** Large enough for any SIP connection or template list, small enough that holding it costs nothing. */
export const FILTERED_BODY_LIMIT = 4 * 1024 * 1024;

export type FilteredBody = { ok: true; text: string } | { ok: false };

/**
 * The whole answer, filtered. A success that is not JSON cannot be checked for secrets, so it is not
 * forwarded ({ ok: false }); an error answer that is not JSON (a gateway's page) passes as it came.
 */
export async function filterBody(body: Readable, status: number, filter: Filter, seen: SeenValues): Promise<FilteredBody> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of body) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as Uint8Array);
    size += buffer.length;
    if (size > FILTERED_BODY_LIMIT) {
      body.destroy();
      return { ok: false };
    }
    chunks.push(buffer);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  if (text.trim() === '') return { ok: true, text };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return status >= 400 ? { ok: true, text } : { ok: false };
  }
  return { ok: true, text: JSON.stringify(filter(parsed, seen)) };
}
