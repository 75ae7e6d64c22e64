/**
 * `/customers/$guid`: one customer service with its SIP connections, licensing, app registration
 * and OVOC health; the place to delete it. Opens directly from a pasted link.
 */
import { useRef, useState, type ReactNode } from 'react';
import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import PersonOffOutlined from '@mui/icons-material/PersonOffOutlined';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useUnreadableReport } from '../../api/unreadable-report';
import { getRouteApi } from '@tanstack/react-router';
import { isApiError } from '../../api/http';
import { useDeleteCustomer } from '../../api/mutations';
import { customerKeys, customerQueries } from '../../api/queries';
import type { CustomerDetails } from '../../api/schemas';
import { EmptyState } from '../../components/EmptyState';
import { ErrorPanel } from '../../components/ErrorPanel';
import { PageHeader } from '../../components/PageHeader';
import { DocumentTitle } from '../../components/DocumentTitle';
import { RouterButton } from '../../components/RouterLink';
import { useToast } from '../../components/Toast';
import { rich } from '../../i18n/rich';
import { AppRegistrationSection } from './AppRegistrationSection';
import { BackToList, useListReturn, type ListReturn } from './BackToList';
import { CustomerHeader } from './CustomerHeader';
import { CustomerSkeleton } from './CustomerSkeleton';
import { DeleteCustomerDialog } from './DeleteCustomerDialog';
import { LicensingSection } from './LicensingSection';
import { OvocHealthSection } from './OvocHealthSection';
import { SipConnectionsTable } from './SipConnectionsTable';
import { StatusHistorySection } from './StatusHistorySection';
import { t } from './messages';

const route = getRouteApi('/customers/$guid');

function NoSuchCustomer({ guid, back }: { guid: string; back: ReactNode }) {
  return (
    <>
      <DocumentTitle page={t('customer.notFound.title')} />
      <PageHeader before={back} title={t('customer.notFound.title')} />
      <EmptyState
        icon={<PersonOffOutlined fontSize="inherit" />}
        title={t('customer.notFound.heading')}
        description={<>{rich(t, 'customer.notFound.description', { guid: <code>{guid}</code> })}</>}
        action={
          <RouterButton to="/" variant="contained">
            {t('customer.notFound.action')}
          </RouterButton>
        }
      />
    </>
  );
}

type Deletion = ReturnType<typeof useDeleteCustomer>;

interface CustomerContentProps {
  customer: CustomerDetails;
  /** The GUID the page asked for (its URL). */
  routeGuid: string;
  listReturn: ListReturn;
  deletion: Deletion;
}

function CustomerContent({ customer, routeGuid, listReturn, deletion }: CustomerContentProps) {
  const queryClient = useQueryClient();
  const toast = useToast();
  const [dialogOpen, setDialogOpen] = useState(false);
  // The second click of a double click lands before React re-renders with isPending: guard synchronously.
  const deleting = useRef(false);
  // One "now" per render of the data: the expiry state does not flicker while the page is open.
  const [now] = useState(() => Date.now());
  const { customerShortName: shortName } = customer;
  // A GUID that did not fit reads as '' (tolerant reading): the calls then use the one the page asked for.
  const guid = customer.umpCustomerGuid.trim() === '' ? routeGuid : customer.umpCustomerGuid;
  useUnreadableReport('GET /api/v3/customer/{guid}?allDetails=true', customer.$unreadable?.siteLocation);

  const openDialog = () => {
    deletion.reset();
    setDialogOpen(true);
  };

  const confirmDelete = () => {
    if (deleting.current || deletion.isPending) return;
    deleting.current = true;
    deletion.mutate(guid, {
      onSettled: () => {
        deleting.current = false;
      },
      onSuccess: () => {
        setDialogOpen(false);
        toast(t('customer.deleted.toast', { name: shortName }));
        listReturn.returnToList({ replace: true });
      },
    });
  };

  // After a failed DELETE the list may be out of date either way: refresh it, then show it.
  const leaveAfterFailure = () => {
    void queryClient.invalidateQueries({ queryKey: customerKeys.all });
    setDialogOpen(false);
    listReturn.returnToList({ replace: true });
  };

  return (
    <Stack spacing={2}>
      <CustomerHeader customer={customer} guid={guid} before={<BackToList listReturn={listReturn} />} onDelete={openDialog} />
      <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', lg: 'repeat(3, minmax(0, 1fr))' }, alignItems: 'start' }}>
        <LicensingSection customer={customer} />
        <AppRegistrationSection customer={customer} now={now} />
        <OvocHealthSection guid={guid} shortName={shortName} />
      </Box>
      <SipConnectionsTable guid={guid} sites={customer.siteLocation} unreadable={customer.$unreadable?.siteLocation} />
      <StatusHistorySection guid={guid} now={now} />
      <DeleteCustomerDialog
        open={dialogOpen}
        shortName={shortName}
        guid={guid}
        pending={deletion.isPending}
        error={deletion.error}
        onConfirm={confirmDelete}
        onClose={() => setDialogOpen(false)}
        onLeave={leaveAfterFailure}
      />
    </Stack>
  );
}

export function CustomerPage() {
  const { guid } = route.useParams();
  const listReturn = useListReturn();
  const deletion = useDeleteCustomer();
  // Once deleted, the customer must not be fetched again (it would only 404 on the way out).
  const query = useQuery({ ...customerQueries.detail(guid), enabled: !deletion.isSuccess });
  const back = <BackToList listReturn={listReturn} />;

  if (deletion.isSuccess && !query.data) {
    return (
      <Typography role="status" sx={{ py: 4 }}>
        {t('customer.deleted.status')}
      </Typography>
    );
  }

  if (query.data) {
    return (
      <>
        <DocumentTitle page={query.data.customerShortName} />
        <CustomerContent customer={query.data} routeGuid={guid} listReturn={listReturn} deletion={deletion} />
      </>
    );
  }

  if (query.isError) {
    const error = query.error;
    if (isApiError(error) && error.status === 404) return <NoSuchCustomer guid={guid} back={back} />;
    // A 5xx without a title of its own gets the vendor's documented one.
    const untitled5xx = isApiError(error) && error.kind === 'http' && (error.status ?? 0) >= 500 && !error.title;
    return (
      <Stack spacing={2}>
        <DocumentTitle page={t('customer.loadFailed.documentTitle')} />
        <PageHeader before={back} title={t('customer.title')} description={<Typography component="span" sx={{ fontFamily: 'monospace' }}>{guid}</Typography>} />
        <ErrorPanel
          error={error}
          title={untitled5xx ? t('customer.documented500Title') : undefined}
          onRetry={() => void query.refetch()}
        />
      </Stack>
    );
  }

  return (
    <>
      <DocumentTitle page={t('customer.loading.documentTitle')} />
      <Box sx={{ mb: 1 }}>{back}</Box>
      <CustomerSkeleton />
    </>
  );
}
