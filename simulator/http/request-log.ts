/**
 * The last requests the simulator received, so end-to-end tests can assert what the
 * Live Platform would have seen. Credentials are never kept: only whether an
 * Authorization header was present, and the token endpoint's client_secret is masked.
 */
export interface LoggedRequest {
  at: string;
  method: string;
  /** Path with query string, as received. */
  path: string;
  body: string;
  authorization: boolean;
  /** Lower-case header names received (values are not kept). */
  headerNames: string[];
  /** The caller's x-request-id, kept so tests can tie a call to the console's log line. */
  requestId: string | null;
}

const MAX_ENTRIES = 200;
const MAX_BODY_CHARS = 64 * 1024;

export class RequestLog {
  #entries: LoggedRequest[] = [];

  add(entry: Omit<LoggedRequest, 'at'>): void {
    this.#entries.push({ at: new Date().toISOString(), ...entry, body: maskSecrets(entry.body).slice(0, MAX_BODY_CHARS) });
    if (this.#entries.length > MAX_ENTRIES) this.#entries.splice(0, this.#entries.length - MAX_ENTRIES);
  }

  list(): LoggedRequest[] {
    return [...this.#entries];
  }

  clear(): void {
    this.#entries = [];
  }
}

/** A form-encoded client_secret (token endpoint) is replaced, whatever else the body holds. */
function maskSecrets(body: string): string {
  return body.replace(/(^|&)(client_secret|client_assertion)=[^&]*/g, '$1$2=***');
}
