import { z } from 'zod';
import { isRouteKey, ROUTES } from '../faults';
import { flipOne } from '../status-flips';
import type { SimulatorState } from './state';

/**
 * The test control API under /__sim (never under /api, so the console can never forward
 * to it). Bodies are JSON; answers are JSON or 204.
 */

export const CONTROL_PREFIX = '/__sim/';

const faultBody = z.object({
  route: z.string().refine(isRouteKey, { message: `route must be one of: ${Object.values(ROUTES).join(', ')}` }),
  // 0 drops the connection; absent = only the delay, then the normal answer (see the store's FaultTable).
  status: z.number().int().refine((s) => s === 0 || (s >= 100 && s <= 599), { message: 'status must be 0 or an HTTP status' }).optional(),
  times: z.number().int().positive().optional(),
  delayMs: z.number().int().min(0).max(120_000).optional(),
});
const tokenEndpointBody = z.object({ mode: z.enum(['ok', 'fail', 'garbage']) });
const latencyBody = z.object({ ms: z.number().int().min(0).max(120_000) });
/** POST /__sim/ovoc/services/:id/status — what a health refresh should pick up (any word: enums are open). */
const ovocStatusBody = z.object({ status: z.string().min(1).max(100) });
const OVOC_STATUS_PATH = /^POST \/__sim\/ovoc\/services\/(\d{1,18})\/status$/;

const noContent = () => new Response(null, { status: 204 });
const badRequest = (detail: string) => Response.json({ title: 'Bad Request', status: 400, detail }, { status: 400 });

function parseJson<T>(schema: z.ZodType<T>, text: string): { ok: true; value: T } | { ok: false; response: Response } {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, response: badRequest('The body must be JSON') };
  }
  const parsed = schema.safeParse(raw);
  if (parsed.success) return { ok: true, value: parsed.data };
  const issue = parsed.error.issues[0];
  return { ok: false, response: badRequest(`${issue?.path.join('.') || 'body'}: ${issue?.message ?? 'invalid'}`) };
}

/** The answer for a /__sim/ request, or null when no control route matches. */
export function handleControl(state: SimulatorState, method: string, path: string, body: string): Response | null {
  const route = `${method} ${path.replace(/\/+$/, '')}`;
  const ovocStatus = OVOC_STATUS_PATH.exec(route);
  if (ovocStatus) {
    const parsed = parseJson(ovocStatusBody, body);
    if (!parsed.ok) return parsed.response;
    const found = state.store.setOvocServiceStatus(Number(ovocStatus[1]), parsed.value.status);
    return found ? noContent() : Response.json({ title: 'Not Found', status: 404, detail: 'No such OVOC service' }, { status: 404 });
  }
  switch (route) {
    case 'POST /__sim/reset':
      state.reset();
      return noContent();
    case 'GET /__sim/faults':
      return Response.json({ faults: state.store.faults.list() });
    case 'POST /__sim/faults': {
      const parsed = parseJson(faultBody, body);
      if (!parsed.ok) return parsed.response;
      const { route: key, ...fault } = parsed.value;
      if (!isRouteKey(key)) return badRequest('unknown route');
      state.store.faults.set(key, fault);
      return Response.json({ faults: state.store.faults.list() });
    }
    case 'DELETE /__sim/faults':
      state.store.faults.clear();
      return noContent();
    case 'POST /__sim/tokens/revoke':
      state.tokens.revokeAll();
      return noContent();
    case 'GET /__sim/tokens/last':
      // Test-only: the simulator is a local stand-in, and leak tests must know what to look for.
      return Response.json({ token: state.tokens.lastIssued, issued: state.tokens.issuedCount });
    case 'GET /__sim/requests':
      return Response.json({ requests: state.log.list() });
    case 'DELETE /__sim/requests':
      state.log.clear();
      return noContent();
    case 'POST /__sim/ovoc-status/flip': {
      // One OVOC service changes status now (the demo's timer does a few every few minutes).
      const flip = flipOne(state.store);
      return flip ? Response.json(flip) : Response.json({ title: 'Not Found', status: 404, detail: 'No OVOC services' }, { status: 404 });
    }
    case 'GET /__sim/stats':
      return Response.json(state.stats());
    case 'POST /__sim/token-endpoint': {
      const parsed = parseJson(tokenEndpointBody, body);
      if (!parsed.ok) return parsed.response;
      state.tokenEndpointMode = parsed.value.mode;
      return noContent();
    }
    case 'POST /__sim/latency': {
      const parsed = parseJson(latencyBody, body);
      if (!parsed.ok) return parsed.response;
      state.extraLatencyMs = parsed.value.ms;
      return noContent();
    }
    default:
      return null;
  }
}
