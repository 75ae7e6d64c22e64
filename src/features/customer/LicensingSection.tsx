/** Licensed and active users, with how much of the licence is in use; null stays an em dash. */
import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import Typography from '@mui/material/Typography';
import type { CustomerDetails } from '../../api/schemas';
import { Nullable } from '../../components/Nullable';
import { formatCount } from '../../i18n/format';
import { Fact, FactList, Section } from './Section';
import { t } from './messages';

/** Share of the licence in use, or null when it cannot be computed (unknown or zero licensed users). */
export function licenceUsage(active: number | null, licensed: number | null): number | null {
  if (active === null || licensed === null || licensed <= 0) return null;
  return (active / licensed) * 100;
}

function ActiveUsers({ active, licensed }: { active: number | null; licensed: number | null }) {
  if (active === null) return <Nullable value={null} />;
  const usage = licenceUsage(active, licensed);
  if (usage === null || licensed === null) return <>{formatCount(active)}</>;
  const percent = Math.round(usage);
  const over = active > licensed;
  return (
    <Box sx={{ width: '100%', maxWidth: 280 }}>
      <Typography variant="body2" component="span">
        {t('customer.licensing.activeOf', { active: formatCount(active), licensed: formatCount(licensed), percent })}
        {over ? (
          <Typography component="span" variant="body2" sx={{ color: 'warning.main', fontWeight: 'fontWeightMedium' }}>
            {' '}
            {t('customer.licensing.overLicensed')}
          </Typography>
        ) : null}
      </Typography>
      <LinearProgress
        variant="determinate"
        // The bar's range is 0-100; a negative count (a broken payload) or an overrun stays inside it.
        value={Math.min(100, Math.max(0, usage))}
        color={over ? 'warning' : 'primary'}
        aria-label={t('customer.licensing.usage')}
        aria-valuetext={t('customer.licensing.usageValue', { percent })}
        sx={{ mt: 0.5, height: 6, borderRadius: 3 }}
      />
    </Box>
  );
}

export function LicensingSection({ customer }: { customer: CustomerDetails }) {
  return (
    <Section title={t('customer.licensing.title')}>
      <FactList>
        <Fact label={t('customer.licensing.licensedUsers')}>
          <Nullable value={customer.licensedUsersCount} format={formatCount} />
        </Fact>
        <Fact label={t('customer.licensing.activeUsers')}>
          <ActiveUsers active={customer.activeUserCount} licensed={customer.licensedUsersCount} />
        </Fact>
        <Fact label={t('customer.licensing.liveHubActiveUsers')}>
          <Nullable value={customer.liveHubActiveUsersCount} format={formatCount} />
        </Fact>
        <Fact label={t('customer.licensing.liveHubSimpleUsers')}>
          <Nullable value={customer.liveHubSimpleUsersCount} format={formatCount} />
        </Fact>
      </FactList>
    </Section>
  );
}
