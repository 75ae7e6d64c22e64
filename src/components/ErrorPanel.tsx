/**
 * Shows a failed request or a thrown error. For an ApiError it shows what support needs to trace
 * the failure on the Live Platform side: the ErrorTicket (copyable), the HTTP status and the trace
 * id. Anything else thrown is shown by its message, so the panel never crashes on odd values.
 */
import type { ReactNode } from 'react';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import RefreshOutlined from '@mui/icons-material/RefreshOutlined';
import { ApiError } from '../api/http';
import { isSignInRequired } from '../api/session';
import { CopyButton } from './CopyButton';
import { LazyAlert as Alert } from './LazyAlert';

interface Described {
  title: string;
  message: string;
  /** What the status means for the person, when it means the same whichever call got it. */
  meaning?: string;
  detail?: string;
  status?: number;
  errorTicket?: string;
  traceId?: string;
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

function describeApiError(error: ApiError): Described {
  const title = nonEmpty(error.title) ?? KIND_TITLES[error.kind] ?? 'The request failed';
  const detail = nonEmpty(error.detail);
  const fieldErrors = error.fieldErrors ? Object.entries(error.fieldErrors).filter(([, list]) => list.length > 0) : [];
  return {
    title,
    message: error.message,
    meaning: error.kind === 'http' && error.status !== undefined && !isSignInRequired(error) ? STATUS_MEANINGS[error.status] : undefined,
    // The 500 body's detail is only "ErrorTicket=<uuid>", shown below as the ticket itself.
    detail: detail && !detail.startsWith('ErrorTicket=') && detail !== error.message ? detail : undefined,
    status: error.status,
    errorTicket: nonEmpty(error.errorTicket),
    traceId: nonEmpty(error.traceId),
    errorCode: nonEmpty(error.errorCode),
    fieldErrors: fieldErrors.length > 0 ? fieldErrors : undefined,
  };
}

export function describeError(error: unknown): Described {
  if (error instanceof ApiError) return describeApiError(error);
  if (error instanceof Error) return { title: 'Something went wrong', message: error.message || error.name };
  return { title: 'Something went wrong', message: nonEmpty(error) ?? 'An unexpected error occurred.' };
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: 1 }}>
      <Box component="dt" sx={{ fontWeight: 'fontWeightMedium' }}>
        {label}
      </Box>
      <Box component="dd" sx={{ m: 0, display: 'flex', alignItems: 'center', minWidth: 0 }}>
        {children}
      </Box>
    </Box>
  );
}

function Code({ children }: { children: string }) {
  return (
    <Box component="code" sx={{ fontFamily: 'monospace', overflowWrap: 'anywhere' }}>
      {children}
    </Box>
  );
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

export function ErrorPanel({ error, onRetry, title, children }: ErrorPanelProps) {
  const info = describeError(error);
  return (
    <Alert
      severity="error"
      role="alert"
      action={
        onRetry ? (
          <Button color="inherit" size="small" startIcon={<RefreshOutlined />} onClick={onRetry}>
            Retry
          </Button>
        ) : undefined
      }
      sx={{ '& .MuiAlert-message': { minWidth: 0, flex: 1 } }}
    >
      <AlertTitle>{title ?? info.title}</AlertTitle>
      <Typography variant="body2">{info.message}</Typography>
      {info.detail ? <Typography variant="body2">{info.detail}</Typography> : null}
      {children ?? (info.meaning ? <Typography variant="body2" sx={{ mt: 1 }}>{info.meaning}</Typography> : null)}
      {info.fieldErrors ? (
        <Box component="ul" sx={{ my: 1, pl: 3 }}>
          {info.fieldErrors.map(([field, messages]) => (
            <li key={field}>
              <Typography variant="body2">
                <strong>{field}</strong>: {messages.join(' ')}
              </Typography>
            </li>
          ))}
        </Box>
      ) : null}
      {info.status !== undefined || info.errorTicket || info.traceId || info.errorCode ? (
        <Box component="dl" sx={{ mt: 1, mb: 0, typography: 'body2', display: 'grid', rowGap: 0.5 }}>
          {info.status !== undefined ? (
            <Fact label="Status">
              <Code>{String(info.status)}</Code>
            </Fact>
          ) : null}
          {info.errorTicket ? (
            <Fact label="Error ticket">
              <Code>{info.errorTicket}</Code>
              <CopyButton value={info.errorTicket} what="error ticket" />
            </Fact>
          ) : null}
          {info.traceId ? (
            <Fact label="Trace id">
              <Code>{info.traceId}</Code>
              <CopyButton value={info.traceId} what="trace id" />
            </Fact>
          ) : null}
          {info.errorCode ? (
            <Fact label="Error code">
              <Code>{info.errorCode}</Code>
            </Fact>
          ) : null}
        </Box>
      ) : null}
    </Alert>
  );
}
