import { Readable } from 'node:stream';
import { UpstreamError } from './upstream';

/**
 * An upstream answer's body as the stream the reply sends, so the first (compressed) bytes leave
 * while the upstream is still sending (the customer list is megabytes at scale).
 *
 * The upstream is read at its own pace, not the browser's (Readable.fromWeb would pass the
 * browser's back-pressure on): a slow client must not hold the upstream read, and its deadline,
 * open. At worst the body waits here in memory, as the whole of it did before it was streamed.
 * A read that fails (the deadline, a dropped connection) destroys the stream with an
 * UpstreamError: the status line is already on its way, so the reply can only be cut off.
 */

/**
 * The first chunk handed on is at least this big (or the whole body). Brotli sizes its match finder
 * from its first input: from 1 MiB on it takes the larger one, as it did when the body came whole
 * (undici's 64 kB chunks compress worse; docs/performance.md). Small bodies go in one piece.
 */
export const FIRST_CHUNK_BYTES = 1 << 20;

export function upstreamBody(body: ReadableStream<Uint8Array> | null, toError: (error: unknown) => UpstreamError | null): Readable {
  const reader = body?.getReader();
  const out = new Readable({
    read() {
      // Pushed as it arrives (below), never pulled.
    },
    destroy(error, callback) {
      // The client went away, or the read failed: stop reading and free the upstream connection.
      reader?.cancel().catch(() => undefined);
      callback(error);
    },
  });
  if (!reader) {
    out.push(null);
    return out;
  }
  void (async () => {
    const held: Buffer[] = [];
    let heldBytes = 0;
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        const chunk = Buffer.from(value.buffer, value.byteOffset, value.byteLength);
        if (heldBytes >= FIRST_CHUNK_BYTES) {
          out.push(chunk);
          continue;
        }
        held.push(chunk);
        heldBytes += chunk.length;
        if (heldBytes >= FIRST_CHUNK_BYTES) out.push(Buffer.concat(held.splice(0)));
      }
      if (held.length > 0) out.push(Buffer.concat(held));
      out.push(null);
    } catch (error) {
      out.destroy(toError(error) ?? new UpstreamError('unreachable', 'the answer broke off'));
    }
  })();
  return out;
}
