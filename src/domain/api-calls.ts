/**
 * The Live Platform calls the console makes, and nothing else: the server forwards only these
 * (server/upstream/proxy.ts) and the simulator reports any request outside them. A page that adds a
 * call adds one row here. Paths are relative to the Live Platform base URL, written as the pages send them.
 */

export type Role = 'viewer' | 'onboarding' | 'admin';
/** Lowest first: a role includes every role before it. */
export const ROLES: readonly Role[] = ['viewer', 'onboarding', 'admin'];

export function roleAtLeast(held: Role, needed: Role): boolean {
  return ROLES.indexOf(held) >= ROLES.indexOf(needed);
}

export const API_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;
export type ApiMethod = (typeof API_METHODS)[number];

/** What a `{name:type}` path parameter may hold. No type admits "%", "." or "/", so no escape or traversal fits one. */
export const PARAM_TYPES = {
  uuid: /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/,
  int: /^\d{1,18}$/,
  /** Task ids: uuids in the simulator, "tsk_…" / "wst_…" on the platform. */
  token: /^[A-Za-z0-9_-]{1,100}$/,
} as const;
export type ParamType = keyof typeof PARAM_TYPES;

export interface ApiCall {
  method: ApiMethod;
  /** Literal segments and `{name:type}` parameters, e.g. "/api/v3/customer/{guid:uuid}". */
  path: string;
  /** Query parameters it may carry, each with the values it may take. None when absent. */
  query?: Readonly<Record<string, RegExp>>;
  /** A JSON body of at most this many bytes; absent = no body at all. */
  bodyLimitBytes?: number;
  role: Role;
  /** Changes something on the platform: rate-limited per person and written to the audit trail. */
  changes?: true;
}

const BOOLEAN = /^(true|false)$/i;
const CREATE_BODY_LIMIT = 64 * 1024;

export const API_CALLS: readonly ApiCall[] = [
  // allDetails: the server's own read of every SIP connection (the wizard's SBC suggestions).
  { method: 'GET', path: '/api/v3/customer', query: { allDetails: BOOLEAN }, role: 'viewer' },
  { method: 'GET', path: '/api/v3/customer/{guid:uuid}', query: { allDetails: BOOLEAN }, role: 'viewer' },
  { method: 'GET', path: '/api/ovoc/v1/topology/services/', role: 'viewer' },
  // One service read live when its Health row is expanded (the list itself comes from the snapshot).
  { method: 'GET', path: '/api/ovoc/v1/topology/services/{id:int}', role: 'viewer' },
  // "Verify" is a PUT that only reads.
  { method: 'PUT', path: '/api/ovoc/v1/topology/customers/{id:int}', role: 'viewer' },
  { method: 'GET', path: '/api/v2/task/{taskId:token}', role: 'viewer' },
  // One SIP connection and its dial plan; the wizard's lookups (related-endpoints-notes.md).
  { method: 'GET', path: '/api/v2/sitelocation/{siteId:token}', role: 'viewer' },
  { method: 'GET', path: '/api/v2/customer/{customerId:token}/sitelocation/{siteId:token}/dialplan/{dialplanId:token}', role: 'viewer' },
  { method: 'GET', path: '/api/v2/scripttemplates', query: { scriptType: /^[A-Za-z_]{1,40}$/, allDetails: BOOLEAN }, role: 'viewer' },
  { method: 'GET', path: '/api/v2/oc/callingprofile', role: 'viewer' },
  { method: 'POST', path: '/api/v2/customer', bodyLimitBytes: CREATE_BODY_LIMIT, role: 'onboarding', changes: true },
  { method: 'DELETE', path: '/api/v2/customer/{guid:uuid}', role: 'admin', changes: true },
];

type Segment = { literal: string } | { name: string; type: ParamType };

function compile(path: string): Segment[] {
  return path.split('/').map((part) => {
    const param = /^\{(\w+):(\w+)\}$/.exec(part);
    if (!param) return { literal: part };
    const [, name = '', type = ''] = param;
    if (!(type in PARAM_TYPES)) throw new Error(`api-calls: unknown parameter type "${type}" in ${path}`);
    return { name, type: type as ParamType };
  });
}

const COMPILED = API_CALLS.map((call) => ({ call, segments: compile(call.path) }));

function matchPath(segments: readonly Segment[], parts: readonly string[]): Record<string, string> | null {
  if (segments.length !== parts.length) return null;
  const params: Record<string, string> = {};
  for (const [index, segment] of segments.entries()) {
    const part = parts[index] ?? '';
    if ('literal' in segment) {
      if (segment.literal !== part) return null;
    } else {
      if (!PARAM_TYPES[segment.type].test(part)) return null;
      params[segment.name] = part;
    }
  }
  return params;
}

export type CallMatch =
  | { kind: 'call'; call: ApiCall; params: Record<string, string> }
  /** A known path, another method: `allow` lists the methods it takes. */
  | { kind: 'method'; allow: ApiMethod[] }
  | { kind: 'none' };

/** Which row a method and path (no query, as received: not decoded) match. */
export function matchApiCall(method: string, path: string): CallMatch {
  const parts = path.split('/');
  const allow: ApiMethod[] = [];
  for (const { call, segments } of COMPILED) {
    const params = matchPath(segments, parts);
    if (!params) continue;
    if (call.method === method) return { kind: 'call', call, params };
    allow.push(call.method);
  }
  return allow.length > 0 ? { kind: 'method', allow } : { kind: 'none' };
}

/** Why a query string (without "?") does not fit the row, or null when it does. Raw, not decoded. */
export function queryProblem(call: ApiCall, search: string): string | null {
  if (search === '') return null;
  const seen = new Set<string>();
  for (const pair of search.split('&')) {
    const at = pair.indexOf('=');
    const name = at < 0 ? pair : pair.slice(0, at);
    const value = at < 0 ? '' : pair.slice(at + 1);
    const allowed = call.query && Object.hasOwn(call.query, name) ? call.query[name] : undefined;
    // The client's text is not echoed: these reasons reach responses and logs.
    if (!allowed) return 'a query parameter this call does not take';
    if (seen.has(name)) return 'a query parameter given twice';
    seen.add(name);
    if (!allowed.test(value)) return 'a query value this call does not take';
  }
  return null;
}

/** The whole check (method, path and query) for a request target "/api/...?..." as received. */
export function isTableCall(method: string, target: string): boolean {
  const queryAt = target.indexOf('?');
  const path = queryAt < 0 ? target : target.slice(0, queryAt);
  const match = matchApiCall(method, path);
  return match.kind === 'call' && queryProblem(match.call, queryAt < 0 ? '' : target.slice(queryAt + 1)) === null;
}
