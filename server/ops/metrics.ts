import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/**
 * The console's Prometheus metrics, one registry per server (tests build many servers in one
 * process). Every instrument is made here, so names and labels stay one documented set
 * (docs/deploy.md); other rooms only call the helpers below. Labels are low-cardinality by
 * construction: route templates and documented endpoints, never raw paths or ids.
 */

/** A gauge that is either set as things happen or read from its owner when scraped. */
export interface ConsoleGauge<L extends string = never> {
  set(value: number, labels?: Partial<Record<L, string>>): void;
  inc(labels?: Partial<Record<L, string>>): void;
  dec(labels?: Partial<Record<L, string>>): void;
  /** Read at each scrape instead (e.g. the session count from the store); replaces any earlier reader. */
  readFrom(read: () => number | Promise<number>): void;
}

const SECONDS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];
const LONG_SECONDS = [0.1, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300];

function gauge<L extends string>(registry: Registry, name: string, help: string, labelNames: readonly L[] = []): ConsoleGauge<L> {
  let reader: (() => number | Promise<number>) | null = null;
  const metric = new Gauge<L>({
    name,
    help,
    labelNames,
    registers: [registry],
    async collect() {
      if (reader) this.set(await reader());
    },
  });
  return {
    set: (value, labels) => (labels ? metric.set(labels, value) : metric.set(value)),
    inc: (labels) => (labels ? metric.inc(labels) : metric.inc()),
    dec: (labels) => (labels ? metric.dec(labels) : metric.dec()),
    readFrom: (read) => {
      reader = read;
    },
  };
}

/** `processMetrics`: also the process's CPU, memory, event-loop lag and GC (once per process: main.ts). */
export function createMetrics({ processMetrics = false }: { processMetrics?: boolean } = {}) {
  const registry = new Registry();
  // Each call starts an event-loop-delay sampler that never stops, so test servers go without.
  if (processMetrics) collectDefaultMetrics({ register: registry });
  const counter = <L extends string>(name: string, help: string, labelNames: readonly L[]) => new Counter<L>({ name, help, labelNames, registers: [registry] });
  const histogram = <L extends string>(name: string, help: string, labelNames: readonly L[], buckets = SECONDS) =>
    new Histogram<L>({ name, help, labelNames, buckets, registers: [registry] });

  return {
    registry,
    /** Every answer of the console, by route template ("/api/*", "/readyz") and status. */
    requests: histogram('console_http_request_duration_seconds', 'Time to answer a request, by route template and status', ['method', 'route', 'status_code']),
    /** Live Platform calls until their status arrived; status is the HTTP code or timeout/unreachable/shutdown/token_error. */
    upstream: histogram('console_upstream_request_duration_seconds', 'Live Platform calls until the status arrived, by documented endpoint and status', ['method', 'endpoint', 'status']),
    tokenFetches: counter('console_upstream_token_fetches_total', 'Client-credentials token requests to the token endpoint, by outcome', ['outcome']),
    mirror: {
      /** The poller calls this after every poll. */
      polls: histogram('console_mirror_poll_duration_seconds', 'Mirror polls of the Live Platform lists, by outcome', ['outcome'], LONG_SECONDS),
      snapshotAge: gauge(registry, 'console_mirror_snapshot_age_seconds', 'Age of the newest complete snapshot'),
      rows: gauge(registry, 'console_mirror_rows', 'Rows in the newest snapshot, by list', ['list']),
      unreadableRows: gauge(registry, 'console_mirror_unreadable_rows', 'Rows of the newest snapshot that could not be read, by list', ['list']),
    },
    sseClients: gauge(registry, 'console_sse_clients', 'Browsers connected to the live-update stream'),
    sessions: gauge(registry, 'console_sessions', 'Signed-in sessions that have not expired'),
    rateLimitRefusals: counter('console_rate_limit_refusals_total', 'Requests refused by a rate limit, by route template', ['route']),
    auditWrites: counter('console_audit_writes_total', 'Audit trail entries written, by outcome', ['outcome']),
  };
}

export type ConsoleMetrics = ReturnType<typeof createMetrics>;
