import type { Readable } from 'node:stream';

/**
 * What the proxy needs from "the Live Platform": the real one over HTTPS (live mode) or the
 * in-process simulator (demo mode). Both take the same checked request and fail the same way.
 */

export interface UpstreamRequest {
  method: string;
  /** Checked path with its query string, relative to the Live Platform base URL. */
  pathAndQuery: string;
  /** Already reduced to the forwarded allowlist. */
  headers: Record<string, string>;
  body: Buffer | undefined;
  /** The console's id for the request this call serves; sent upstream as x-request-id. */
  requestId: string;
}

export interface UpstreamResponse {
  status: number;
  headers: Headers;
  /** Streamed as it arrives; it is destroyed with an UpstreamError if the answer breaks off (upstream-body.ts). */
  body: Readable;
}

export type Upstream = (request: UpstreamRequest) => Promise<UpstreamResponse>;

/** 'shutdown': the console is stopping and its drain deadline passed (server/ops/shutdown.ts). */
export type UpstreamFailure = 'timeout' | 'unreachable' | 'shutdown';

/**
 * The Live Platform did not answer, or its answer broke off. `detail` is safe to show (no URL,
 * header or token).
 */
export class UpstreamError extends Error {
  constructor(
    readonly failure: UpstreamFailure,
    readonly detail?: string,
  ) {
    super(
      failure === 'timeout'
        ? 'Live Platform did not answer in time'
        : failure === 'shutdown'
          ? 'The console is restarting'
          : `Live Platform is unreachable${detail ? ` (${detail})` : ''}`,
    );
  }
}

/** Rejects with a timeout UpstreamError if `work` takes longer than `ms`. */
export async function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new UpstreamError('timeout')), ms);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
