/** The client secret's expiry: the date (UTC) and, when it matters, a warning or error in words and icon. */
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import CheckCircleOutlined from '@mui/icons-material/CheckCircleOutlined';
import ErrorOutlined from '@mui/icons-material/ErrorOutlined';
import HelpOutlineOutlined from '@mui/icons-material/HelpOutlineOutlined';
import WarningAmberOutlined from '@mui/icons-material/WarningAmberOutlined';
import { Nullable } from '../../components/Nullable';
import { secretExpiry } from '../../domain/secret-expiry';
import { perLocale } from '../../i18n/format';
import { t } from './messages';

const dateFormat = perLocale(
  (locale) =>
    new Intl.DateTimeFormat(locale, {
      timeZone: 'UTC',
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
    }),
);

/** "18 Feb 2027, 08:39 UTC" (in English; the console's locale writes the date its way) */
export function formatExpiryDate(date: Date): string {
  return `${dateFormat().format(date)} UTC`;
}

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
        <span>{t('customer.secret.unknownFormat')}</span>
        <Box component="code" sx={{ fontFamily: 'monospace' }}>
          {expiry.raw}
        </Box>
      </Typography>
    );
  }

  const { date, state, daysLeft } = expiry;
  const when = (
    <time dateTime={date.toISOString()} title={t('customer.secret.asSent', { raw: expiry.raw })}>
      {formatExpiryDate(date)}
    </time>
  );
  const note =
    state === 'expired'
      ? daysLeft === 0
        ? t('customer.secret.expiredToday')
        : t('customer.secret.expiredAgo', { days: -daysLeft })
      : state === 'expiring'
        ? t('customer.secret.expiresIn', { days: daysLeft })
        : t('customer.secret.validFor', { days: daysLeft });
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
        <span>{state === 'expired' ? t('customer.secret.error', { note }) : state === 'expiring' ? t('customer.secret.warning', { note }) : note}</span>
      </Typography>
    </Box>
  );
}
