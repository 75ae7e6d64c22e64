import { request as httpRequest } from 'node:http';
import type { FastifyInstance } from 'fastify';
import type { RunningSimulator } from '../../simulator/http/simulator';
import type { ServerDeps } from '../http/app';
import { buildLiveConsole, type CapturedLogs } from './harness';

/** Test support for the ops room: a live console listening on a real loopback port. */

export interface ListeningConsole {
  app: FastifyInstance;
  url: string;
  logs: CapturedLogs;
}

export async function listenLiveConsole(sim: RunningSimulator, env: Record<string, string> = {}, deps: ServerDeps = {}): Promise<ListeningConsole> {
  const { app, logs } = await buildLiveConsole(sim.url, env, deps);
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { app, url: `http://127.0.0.1:${port}`, logs };
}

/** Log lines as objects (pino writes one JSON object per line). */
export function logRecords(logs: CapturedLogs): Record<string, unknown>[] {
  return logs.lines.flatMap((line) => line.split('\n')).filter((line) => line.trim() !== '').map((line) => JSON.parse(line) as Record<string, unknown>);
}

/** One sample's value from Prometheus text, e.g. sample(text, 'x_total', { outcome: 'ok' }); 0 when absent. */
export function sample(text: string, name: string, labels: Record<string, string> = {}): number {
  for (const line of text.split('\n')) {
    if (!line.startsWith(`${name}{`) && !line.startsWith(`${name} `)) continue;
    const wanted = Object.entries(labels).every(([key, value]) => line.includes(`${key}="${value}"`));
    if (wanted) return Number(line.slice(line.lastIndexOf(' ') + 1));
  }
  return 0;
}

/** GET with any Host header (fetch() would replace it with the URL's). */
export function getWithHost(origin: string, path: string, host: string): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
  const url = new URL(origin);
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: url.hostname, port: url.port, path, method: 'GET', headers: { host } }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}
