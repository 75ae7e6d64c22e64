import { existsSync } from 'node:fs';
import { join, sep } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { sendProblem } from './problem';

/**
 * The built SPA. Vite's /assets/* names carry a content hash, so they can be cached for a
 * year; index.html must be revalidated every time so a deployment is picked up at once.
 * Unknown non-API GETs that want HTML get index.html (client-side routes); the rest get 404 JSON.
 */

const API = /^\/api(\/|\?|$)/;
const LONG_CACHE = 'public, max-age=31536000, immutable';
/**
 * Performance: the services list (`/`, any query) needs GET /api/console/services, megabytes at 50,000
 * customers. Announced with the page, the browser starts it while the scripts are still loading; the
 * app's own fetch of that URL (same-origin credentials, hence crossorigin=anonymous) then takes over
 * the preloaded response instead of asking again. Other pages never get it.
 */
const LIST_PRELOAD = '</api/console/services>; rel=preload; as=fetch; crossorigin=anonymous';
const isServicesPage = (url: string) => url === '/' || url.startsWith('/?');

function wantsSpaShell(request: FastifyRequest): boolean {
  return (request.method === 'GET' || request.method === 'HEAD') && !API.test(request.url) && (request.headers.accept ?? '').includes('text/html');
}

export async function staticFiles(app: FastifyInstance, options: { distDir: string }): Promise<void> {
  const { distDir } = options;
  const built = existsSync(join(distDir, 'index.html'));
  if (built) {
    const assetsDir = join(distDir, 'assets') + sep;
    const indexFile = join(distDir, 'index.html');
    await app.register(fastifyStatic, {
      root: distDir,
      index: ['index.html'],
      cacheControl: false,
      setHeaders: (reply, path) => {
        reply.header('cache-control', path.startsWith(assetsDir) ? LONG_CACHE : 'no-cache');
        if (path === indexFile && isServicesPage(reply.request.url)) reply.header('link', LIST_PRELOAD);
      },
    });
  } else {
    app.log.warn({ distDir }, 'no index.html in DIST_DIR: only /api is served (run the build first)');
  }

  app.setNotFoundHandler((request, reply) => {
    if (built && wantsSpaShell(request)) return reply.sendFile('index.html');
    return sendProblem(reply, { title: 'Not Found', status: 404 });
  });
}
