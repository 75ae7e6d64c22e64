/**
 * The operations endpoints. They answer before (and whatever) the sign-in and loopback guards
 * decide: an orchestrator's probe carries no session and addresses the pod by IP, and /metrics
 * has its own bearer token.
 */
export const OPS_PATHS: ReadonlySet<string> = new Set(['/livez', '/readyz', '/metrics']);

/** True when the request is for an ops route, judged on the raw path and the route that matched. */
export function isOpsRequest(request: { url: string; routeOptions: { url?: string | undefined } }): boolean {
  const route = request.routeOptions.url;
  if (route === undefined || !OPS_PATHS.has(route)) return false;
  const at = request.url.indexOf('?');
  return (at < 0 ? request.url : request.url.slice(0, at)) === route;
}
