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
import { describeError, type ErrorWords, type OvocErrorSubject } from '../api/error-words';
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

interface TraceFact {
  label: string;
  value: string;
  /** What the copy button names; facts support pastes into a ticket are copyable. */
  copyAs?: string;
}

/** What support needs to find the failure, in the order they ask for it; absent facts are left out. */
function traceFacts(info: ErrorWords, t: ReturnType<typeof useT>): TraceFact[] {
  const facts: (TraceFact | false | undefined)[] = [
    info.status !== undefined && { label: t('errorPanel.status'), value: String(info.status) },
    info.errorTicket ? { label: t('errorPanel.errorTicket'), value: info.errorTicket, copyAs: t('errorPanel.copyErrorTicket') } : undefined,
    info.traceId ? { label: t('errorPanel.traceId'), value: info.traceId, copyAs: t('errorPanel.copyTraceId') } : undefined,
    info.requestId ? { label: t('errorPanel.requestId'), value: info.requestId, copyAs: t('errorPanel.copyRequestId') } : undefined,
    info.errorCode ? { label: t('errorPanel.errorCode'), value: info.errorCode } : undefined,
  ];
  return facts.filter((fact): fact is TraceFact => Boolean(fact));
}

export function ErrorPanel({ error, onRetry, title, ovoc, children }: ErrorPanelProps) {
  const t = useT();
  const info = describeError(error, { ovoc });
  const facts = traceFacts(info, t);
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
      {facts.length > 0 ? (
        <Box component="dl" sx={{ mt: 1, mb: 0, typography: 'body2', display: 'grid', rowGap: 0.5 }}>
          {facts.map((fact) => (
            <Fact key={fact.label} label={fact.label}>
              <Code>{fact.value}</Code>
              {fact.copyAs ? <CopyButton value={fact.value} what={fact.copyAs} /> : null}
            </Fact>
          ))}
        </Box>
      ) : null}
    </Alert>
  );
}
