/**
 * `/customers/$guid/sip/$siteId`: everything about one SIP connection (GET /api/v2/sitelocation/{id}) and its
 * dial plan. Opened from the customer page's SIP connections table or from a pasted link.
 */
import type { ReactNode } from 'react';
import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import CableOutlined from '@mui/icons-material/CableOutlined';
import ArrowBackOutlined from '@mui/icons-material/ArrowBackOutlined';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { isApiError } from '../../../api/http';
import { customerQueries } from '../../../api/queries';
import { lookupQueries, siteQueries } from '../../../api/sip-queries';
import { describeError } from '../../../api/error-words';
import { DocumentTitle } from '../../../components/DocumentTitle';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorPanel } from '../../../components/ErrorPanel';
import { PageHeader } from '../../../components/PageHeader';
import { RouterButton, RouterLink } from '../../../components/RouterLink';
import { rich } from '../../../i18n/rich';
import { t } from '../messages';
import { DialPlanSection } from './DialPlanSection';
import { CarrierSection, OverviewSection } from './OverviewSection';
import { PendingTasksSection, ScriptsSection, type ScriptNames } from './ScriptsSection';

const route = getRouteApi('/customers/$guid/sip/$siteId');

function BackToCustomer({ guid, name }: { guid: string; name: string | null }) {
  return (
    <RouterLink to="/customers/$guid" params={{ guid }} sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5 }}>
      <ArrowBackOutlined fontSize="small" aria-hidden="true" />
      {name ? t('sip.backTo', { name }) : t('sip.backToCustomer')}
    </RouterLink>
  );
}

function useScriptNames(): ScriptNames {
  const query = useQuery(lookupQueries.scriptTemplates());
  if (query.data) return { state: 'ready', names: new Map(query.data.rows.flatMap((t) => (t.name ? [[t.id, t.name] as const] : []))) };
  if (query.isError) return { state: 'failed', reason: describeError(query.error).message };
  return { state: 'loading' };
}

function NoSuchConnection({ guid, siteId, back }: { guid: string; siteId: string; back: ReactNode }) {
  return (
    <>
      <DocumentTitle page={t('sip.notFound.title')} />
      <PageHeader before={back} title={t('sip.notFound.title')} />
      <EmptyState
        icon={<CableOutlined fontSize="inherit" />}
        title={t('sip.notFound.heading')}
        description={<>{rich(t, 'sip.notFound.description', { siteId: <code>{siteId}</code> })}</>}
        action={
          <RouterButton to="/customers/$guid" params={{ guid }} variant="contained">
            {t('sip.notFound.action')}
          </RouterButton>
        }
      />
    </>
  );
}

export function SipConnectionPage() {
  const { guid, siteId } = route.useParams();
  const { plan } = route.useSearch();
  const navigate = route.useNavigate();
  const site = useQuery(siteQueries.detail(siteId));
  // Only for the customer's name in the back link; the page does not wait for it.
  const customer = useQuery(customerQueries.detail(guid));
  const names = useScriptNames();
  const back = <BackToCustomer guid={guid} name={customer.data?.customerShortName ?? null} />;

  if (site.isError) {
    if (isApiError(site.error) && site.error.status === 404) return <NoSuchConnection guid={guid} siteId={siteId} back={back} />;
    return (
      <Stack spacing={2}>
        <DocumentTitle page={t('sip.loadFailed.documentTitle')} />
        <PageHeader before={back} title={t('sip.title')} description={<Typography component="span" sx={{ fontFamily: 'monospace' }}>{siteId}</Typography>} />
        <ErrorPanel error={site.error} onRetry={() => void site.refetch()} />
      </Stack>
    );
  }

  if (!site.data) {
    return (
      <>
        <DocumentTitle page={t('sip.loading.documentTitle')} />
        <Box sx={{ mb: 1 }}>{back}</Box>
        <Typography role="status">{t('sip.loading.status')}</Typography>
      </>
    );
  }

  const data = site.data;
  const title = data.siteName ?? t('sip.title');
  return (
    <Stack spacing={2}>
      <DocumentTitle page={title} />
      <PageHeader
        before={back}
        title={title}
        description={customer.data ? t('sip.of', { name: customer.data.customerShortName }) : t('sip.title')}
      />
      {names.state === 'failed' ? (
        <Typography variant="body2" color="text.secondary">
          {t('sip.scriptNamesFailed', { reason: names.reason })}
        </Typography>
      ) : null}
      <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', lg: 'repeat(2, minmax(0, 1fr))' }, alignItems: 'start' }}>
        <OverviewSection site={data} siteId={siteId} />
        <CarrierSection site={data} />
        <ScriptsSection title={t('sip.sbcScripts')} scripts={data.sbcInfo?.sbcScripts ?? null} names={names} />
        <ScriptsSection title={t('sip.m365')} scripts={data.m365Info?.m365Scripts ?? null} names={names} m365 />
      </Box>
      <PendingTasksSection tasks={data.pendingTasks} />
      <DialPlanSection
        customerId={guid}
        siteId={siteId}
        plan={plan}
        onPlanChange={(next) => void navigate({ search: (prev) => ({ ...prev, plan: next }), replace: true })}
      />
    </Stack>
  );
}
