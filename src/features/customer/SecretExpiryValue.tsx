/** The client secret's expiry: the date (UTC) and, when it matters, a warning or error in words and icon. */
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import CheckCircleOutlined from '@mui/icons-material/CheckCircleOutlined';
import ErrorOutlined from '@mui/icons-material/ErrorOutlined';
import HelpOutlineOutlined from '@mui/icons-material/HelpOutlineOutlined';
import WarningAmberOutlined from '@mui/icons-material/WarningAmberOutlined';
import { Nullable } from '../../components/Nullable';
import { secretExpiry } from '../../domain/secret-expiry';

const DATE_FORMAT = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'UTC',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

/** "18 Feb 2027, 08:39 UTC" */
export function formatExpiryDate(date: Date): string {
  return `${DATE_FORMAT.format(date)} UTC`;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export interface SecretExpiryValueProps {
  raw: string | null | undefined;
  /** The moment to compare with; the page passes Date.now() of its render. */
  now: number;
}

export function SecretExpiryValue({ raw, now }: SecretExpiryValueProps) {
  const expiry = secretExpiry(raw, now);
  if (expiry.kind === 'missing') return <Nullable value={null} />;
  if (expiry.kind === 'unparseable') {
    return (
      <Typography variant="body2" component="span" sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5, flexWrap: 'wrap' }}>
        <HelpOutlineOutlined fontSize="small" aria-hidden="true" />
        <span>{'Unknown format: '}</span>
        <Box component="code" sx={{ fontFamily: 'monospace' }}>
          {expiry.raw}
        </Box>
      </Typography>
    );
  }

  const { date, state, daysLeft } = expiry;
  const when = (
    <time dateTime={date.toISOString()} title={`As sent: ${expiry.raw}`}>
      {formatExpiryDate(date)}
    </time>
  );
  const note =
    state === 'expired'
      ? daysLeft === 0
        ? 'Expired today. Renew the client secret.'
        : `Expired ${plural(-daysLeft, 'day')} ago. Renew the client secret.`
      : state === 'expiring'
        ? `Expires in ${plural(daysLeft, 'day')}. Renew the client secret soon.`
        : `Valid for ${plural(daysLeft, 'more day')}.`;
  const color = state === 'expired' ? 'error.main' : state === 'expiring' ? 'warning.main' : 'text.secondary';
  const Icon = state === 'expired' ? ErrorOutlined : state === 'expiring' ? WarningAmberOutlined : CheckCircleOutlined;

  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 0.25 }}>
      {when}
      <Typography
        variant="body2"
        component="span"
        data-state={state}
        role={state === 'valid' ? undefined : 'status'}
        sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5, color, fontWeight: state === 'valid' ? undefined : 'fontWeightMedium' }}
      >
        <Icon fontSize="small" aria-hidden="true" />
        <span>{`${state === 'expired' ? 'Error: ' : state === 'expiring' ? 'Warning: ' : ''}${note}`}</span>
      </Typography>
    </Box>
  );
}
