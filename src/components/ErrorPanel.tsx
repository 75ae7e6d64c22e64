/**
 * Shows a failed request or a thrown error. For an ApiError it shows what support needs to trace
 * the failure on the Live Platform side: the ErrorTicket (copyable), the HTTP status and the trace
 * id. Anything else thrown is shown by its message, so the panel never crashes on odd values.
 *
 * Performance: the panel itself (ErrorPanelView) is loaded with the first error shown and fetched
 * on idle before that (`preloadErrorPanel`, called by the shell); `describeError` stays here for
 * the code that needs the words without the panel. If the panel cannot be loaded (the very network
 * failure it reports, say), its title and message are shown in a plain alert instead.
 */
import type { ReactNode } from 'react';
import { ApiError } from '../api/http';
import { isSignInRequired } from '../api/session';
import { lazyOnIdle } from './lazyOnIdle';

interface Described {
  title: string;
  message: string;
  /** What the status means for the person, when it means the same whichever call got it. */
  meaning?: string;
  detail?: string;
  status?: number;
  errorTicket?: string;
  traceId?: string;
  requestId?: string;
  errorCode?: string;
  fieldErrors?: [string, string[]][];
}

/**
 * The console's server already retries a refused token once with a fresh one, so a 401 or 403 that
 * reaches the page is about the console's own access to Live Platform, not the person's.
 */
const STATUS_MEANINGS: Record<number, string> = {
  401:
    "Live Platform refused the console's credentials, even with a freshly obtained token. An administrator needs to check the console's app registration (client id and secret) and its access to this Live Platform instance.",
  403: "Live Platform does not allow the console's app registration to do this. An administrator needs to check its permissions.",
};

const KIND_TITLES: Record<string, string> = {
  network: "Can't reach the server",
  timeout: 'The server took too long to answer',
  parse: 'Unexpected answer from the server',
};

function nonEmpty(value: unknown): string | undefined {
  if (typeof value === 'string' && value.trim() !== '') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return undefined;
}

/** The console's own refusals (server/auth/roles.ts, rate limits), which are about the person, not the app registration. */
const ROLE_REFUSAL = /^This needs the (\w+) role\.$/;

function ownMeaning(error: ApiError): string | undefined {
  if (error.status === 403 && ROLE_REFUSAL.test(error.detail ?? '')) {
    return 'Your role does not allow this. Your access may have changed since you signed in; ask an administrator if you need it.';
  }
  if (error.status === 429) return 'The console limits how often this may be done. Wait, then try again.';
  return undefined;
}

function describeApiError(error: ApiError): Described {
  const title = nonEmpty(error.title) ?? KIND_TITLES[error.kind] ?? 'The request failed';
  const detail = nonEmpty(error.detail);
  const fieldErrors = error.fieldErrors ? Object.entries(error.fieldErrors).filter(([, list]) => list.length > 0) : [];
  return {
    title,
    message: error.message,
    meaning:
      error.kind === 'http' && error.status !== undefined && !isSignInRequired(error) ? (ownMeaning(error) ?? STATUS_MEANINGS[error.status]) : undefined,
    // The 500 body's detail is only "ErrorTicket=<uuid>", shown below as the ticket itself.
    detail: detail && !detail.startsWith('ErrorTicket=') && detail !== error.message ? detail : undefined,
    status: error.status,
    errorTicket: nonEmpty(error.errorTicket),
    traceId: nonEmpty(error.traceId),
    requestId: nonEmpty(error.requestId),
    errorCode: nonEmpty(error.errorCode),
    fieldErrors: fieldErrors.length > 0 ? fieldErrors : undefined,
  };
}

export function describeError(error: unknown): Described {
  if (error instanceof ApiError) return describeApiError(error);
  if (error instanceof Error) return { title: 'Something went wrong', message: error.message || error.name };
  return { title: 'Something went wrong', message: nonEmpty(error) ?? 'An unexpected error occurred.' };
}

export interface ErrorPanelProps {
  error: unknown;
  /** Shows a Retry button when given (e.g. the query's `refetch`). */
  onRetry?: () => void;
  /** Overrides the heading, e.g. "Couldn't load the services". */
  title?: string;
  /** Shown under the message, e.g. what a documented status means for this call. */
  children?: ReactNode;
}

function PlainErrorPanel({ error, title }: ErrorPanelProps) {
  const info = describeError(error);
  return (
    <div role="alert">
      <strong>{title ?? info.title}</strong>
      <p>{info.message}</p>
    </div>
  );
}

const panel = lazyOnIdle<ErrorPanelProps>(() => import('./ErrorPanelView'), PlainErrorPanel);
export const preloadErrorPanel = panel.preload;

export function ErrorPanel(props: ErrorPanelProps) {
  return <panel.Render {...props} />;
}
