import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Mirror, MirrorEvent } from './mirror';

/**
 * GET /api/console/events: Server-Sent Events from this instance's mirror (every instance follows
 * the store, so every client hears every version). The reply is taken over from fastify: the
 * compressor would hold events back, and the stream never ends by itself.
 */

const PING_MS = 25_000;

function frame(event: MirrorEvent): string {
  return `event: ${event.type}\ndata: ${JSON.stringify(event.data)}\n\n`;
}

export class EventStreams {
  private readonly open = new Set<FastifyReply>();

  constructor(private readonly mirror: Mirror) {}

  get count(): number {
    return this.open.size;
  }

  serve(request: FastifyRequest, reply: FastifyReply): void {
    reply.hijack();
    const raw = reply.raw;
    // Keep the security headers the hooks already set on the reply.
    for (const [name, value] of Object.entries(reply.getHeaders())) if (value !== undefined) raw.setHeader(name, value);
    raw.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store',
      connection: 'keep-alive',
      // Proxies (nginx) buffer responses unless told not to.
      'x-accel-buffering': 'no',
    });
    raw.write(`retry: 5000\n${frame({ type: 'state', data: this.mirror.stateEvent() })}`);
    const unsubscribe = this.mirror.subscribe((event) => raw.write(frame(event)));
    const ping = setInterval(() => raw.write(': ping\n\n'), PING_MS);
    this.open.add(reply);
    const done = () => {
      clearInterval(ping);
      unsubscribe();
      this.open.delete(reply);
    };
    request.raw.on('close', done);
    raw.on('close', done);
  }

  /** At shutdown: the streams never end by themselves, and the server waits for them. */
  closeAll(): void {
    for (const reply of this.open) reply.raw.end();
    this.open.clear();
  }
}
