/**
 * Shows a failed request or a thrown error. For an ApiError it shows what support needs to trace
 * the failure on the Live Platform side: the ErrorTicket (copyable), the HTTP status and the trace
 * id. Anything else thrown is shown by its message, so the panel never crashes on odd values.
 *
 * Performance: the panel itself (ErrorPanelView) is loaded with the first error shown and fetched
 * on idle before that (`preloadErrorPanel`, called by the shell). The words come from
 * api/error-words, like every page's. If the panel cannot be loaded (the very network failure it
 * reports, say), its title and message are shown in a plain alert instead.
 */
import type { ReactNode } from 'react';
import { describeError, type OvocErrorSubject } from '../api/error-words';
import { lazyOnIdle } from './lazyOnIdle';

export interface ErrorPanelProps {
  error: unknown;
  /** Shows a Retry button when given (e.g. the query's `refetch`). */
  onRetry?: () => void;
  /** Overrides the heading, e.g. "Couldn't load the services"; a status's documented title still wins. */
  title?: string;
  /** The call was an OVOC read: its documented statuses are explained with their meaning and what to do. */
  ovoc?: OvocErrorSubject;
  /** Shown under the message, e.g. what a documented status means for this call. */
  children?: ReactNode;
}

function PlainErrorPanel({ error, title, ovoc }: ErrorPanelProps) {
  const info = describeError(error, { ovoc });
  return (
    <div role="alert">
      <strong>{info.documentedTitle ?? title ?? info.title}</strong>
      <p>{info.message}</p>
    </div>
  );
}

const panel = lazyOnIdle<ErrorPanelProps>(() => import('./ErrorPanelView'), PlainErrorPanel);
export const preloadErrorPanel = panel.preload;

export function ErrorPanel(props: ErrorPanelProps) {
  return <panel.Render {...props} />;
}
