/** Licensed and active users, with how much of the licence is in use; null stays an em dash. */
import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import Typography from '@mui/material/Typography';
import type { CustomerDetails } from '../../api/schemas';
import { Nullable } from '../../components/Nullable';
import { Fact, FactList, Section } from './Section';

const count = new Intl.NumberFormat('en');

/** Share of the licence in use, or null when it cannot be computed (unknown or zero licensed users). */
export function licenceUsage(active: number | null, licensed: number | null): number | null {
  if (active === null || licensed === null || licensed <= 0) return null;
  return (active / licensed) * 100;
}

function ActiveUsers({ active, licensed }: { active: number | null; licensed: number | null }) {
  if (active === null) return <Nullable value={null} />;
  const usage = licenceUsage(active, licensed);
  if (usage === null || licensed === null) return <>{count.format(active)}</>;
  const percent = Math.round(usage);
  const over = active > licensed;
  return (
    <Box sx={{ width: '100%', maxWidth: 280 }}>
      <Typography variant="body2" component="span">
        {`${count.format(active)} of ${count.format(licensed)} (${percent}%)`}
        {over ? (
          <Typography component="span" variant="body2" sx={{ color: 'warning.main', fontWeight: 'fontWeightMedium' }}>
            {' '}
            — more than licensed
          </Typography>
        ) : null}
      </Typography>
      <LinearProgress
        variant="determinate"
        // The bar's range is 0-100; a negative count (a broken payload) or an overrun stays inside it.
        value={Math.min(100, Math.max(0, usage))}
        color={over ? 'warning' : 'primary'}
        aria-label="Licence usage"
        aria-valuetext={`${percent}% of licensed users active`}
        sx={{ mt: 0.5, height: 6, borderRadius: 3 }}
      />
    </Box>
  );
}

export function LicensingSection({ customer }: { customer: CustomerDetails }) {
  return (
    <Section title="Licensing">
      <FactList>
        <Fact label="Licensed users">
          <Nullable value={customer.licensedUsersCount} format={(n) => count.format(n)} />
        </Fact>
        <Fact label="Active users">
          <ActiveUsers active={customer.activeUserCount} licensed={customer.licensedUsersCount} />
        </Fact>
        <Fact label="Live Hub active users">
          <Nullable value={customer.liveHubActiveUsersCount} format={(n) => count.format(n)} />
        </Fact>
        <Fact label="Live Hub simple users">
          <Nullable value={customer.liveHubSimpleUsersCount} format={(n) => count.format(n)} />
        </Fact>
      </FactList>
    </Section>
  );
}
