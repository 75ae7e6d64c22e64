/**
 * One public address in front of several console instances, as a load balancer puts it: each
 * request goes to the instance the test routes to at that moment, and the answer says which one
 * served it (X-Served-By), so a spec can prove a step really crossed instances.
 */
import { createServer, request, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FrontProxy {
  url: string;
  /** From now on, requests go to `origin`, answered with X-Served-By: name. */
  route(name: string, origin: string): void;
  close(): Promise<void>;
}

export async function startFrontProxy(): Promise<FrontProxy> {
  let target: { name: string; origin: URL } | null = null;

  function forward(incoming: IncomingMessage, outgoing: ServerResponse): void {
    if (!target) {
      outgoing.writeHead(503).end();
      return;
    }
    const { name, origin } = target;
    const upstream = request(
      { host: origin.hostname, port: origin.port, method: incoming.method, path: incoming.url, headers: incoming.headers },
      (answer) => {
        outgoing.writeHead(answer.statusCode ?? 502, { ...answer.headers, 'x-served-by': name });
        // Live updates (SSE) are streamed as they come.
        outgoing.flushHeaders();
        answer.pipe(outgoing);
      },
    );
    // An instance that went away mid-answer (a restart) ends this answer, as a real proxy does.
    upstream.on('error', () => {
      if (!outgoing.headersSent) outgoing.writeHead(502);
      outgoing.end();
    });
    incoming.pipe(upstream);
  }

  const server = createServer(forward);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    route(name, origin) {
      target = { name, origin: new URL(origin) };
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
