/**
 * Shows a failed request or a thrown error. For an ApiError it shows what support needs to trace
 * the failure on the Live Platform side: the ErrorTicket (copyable), the HTTP status and the trace
 * id. Anything else thrown is shown by its message, so the panel never crashes on odd values.
 * The words come from api/error-words, like every page's.
 */
import type { ReactNode } from 'react';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import RefreshOutlined from '@mui/icons-material/RefreshOutlined';
import { CopyButton } from './CopyButton';
import { describeError, type OvocErrorSubject } from '../api/error-words';
import { useT } from './messages';

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

export function ErrorPanel({ error, onRetry, title, ovoc, children }: ErrorPanelProps) {
  const t = useT();
  const info = describeError(error, { ovoc });
  return (
    <Alert
      severity="error"
      role="alert"
      action={
        onRetry ? (
          <Button color="inherit" size="small" startIcon={<RefreshOutlined />} onClick={onRetry}>
            {t('errorPanel.retry')}
          </Button>
        ) : undefined
      }
      sx={{ '& .MuiAlert-message': { minWidth: 0, flex: 1 } }}
    >
      <AlertTitle>{info.documentedTitle ?? title ?? info.title}</AlertTitle>
      <Typography variant="body2">{info.message}</Typography>
      {info.detail ? <Typography variant="body2">{info.detail}</Typography> : null}
      {children ?? (info.meaning ? <Typography variant="body2" sx={{ mt: 1 }}>{info.meaning}</Typography> : null)}
      {info.action ? (
        <Typography variant="body2" sx={{ mt: 0.5, fontWeight: 'fontWeightMedium' }}>
          {info.action}
        </Typography>
      ) : null}
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
      {info.status !== undefined || info.errorTicket || info.traceId || info.requestId || info.errorCode ? (
        <Box component="dl" sx={{ mt: 1, mb: 0, typography: 'body2', display: 'grid', rowGap: 0.5 }}>
          {info.status !== undefined ? (
            <Fact label={t('errorPanel.status')}>
              <Code>{String(info.status)}</Code>
            </Fact>
          ) : null}
          {info.errorTicket ? (
            <Fact label={t('errorPanel.errorTicket')}>
              <Code>{info.errorTicket}</Code>
              <CopyButton value={info.errorTicket} what={t('errorPanel.copyErrorTicket')} />
            </Fact>
          ) : null}
          {info.traceId ? (
            <Fact label={t('errorPanel.traceId')}>
              <Code>{info.traceId}</Code>
              <CopyButton value={info.traceId} what={t('errorPanel.copyTraceId')} />
            </Fact>
          ) : null}
          {info.requestId ? (
            <Fact label={t('errorPanel.requestId')}>
              <Code>{info.requestId}</Code>
              <CopyButton value={info.requestId} what={t('errorPanel.copyRequestId')} />
            </Fact>
          ) : null}
          {info.errorCode ? (
            <Fact label={t('errorPanel.errorCode')}>
              <Code>{info.errorCode}</Code>
            </Fact>
          ) : null}
        </Box>
      ) : null}
    </Alert>
  );
}
