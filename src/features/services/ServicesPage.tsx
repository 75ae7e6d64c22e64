/**
 * `/` — the services list (GET /api/console/services: the server's snapshot of the customer list
 * with each row's OVOC health joined): every customer of the Live Platform instance, searchable,
 * filterable by license type and OVOC health, sortable, exportable. The view (search, filters, sort)
 * lives in the URL; column visibility and density are remembered per browser. Live updates
 * (api/live-updates.ts) refetch it when the snapshot changes.
 */
import { memo, useCallback, useDeferredValue, useLayoutEffect, useMemo, useRef, useState } from 'react';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import PersonAddAltOutlined from '@mui/icons-material/PersonAddAltOutlined';
import FileDownloadOutlined from '@mui/icons-material/FileDownloadOutlined';
import RefreshOutlined from '@mui/icons-material/RefreshOutlined';
import SearchOffOutlined from '@mui/icons-material/SearchOffOutlined';
import { useQuery } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { snapshotQueries } from '../../api/queries';
import { describeError, describeRefreshError } from '../../api/error-words';
import { describeRefreshAnswer, useSnapshotRefresh } from '../../api/snapshot-refresh';
import { useRoleAccess } from '../../api/roles';
import { EmptyState } from '../../components/EmptyState';
import { ErrorPanel } from '../../components/ErrorPanel';
import Alert from '@mui/material/Alert';
import Snackbar from '@mui/material/Snackbar';
import { PageHeader } from '../../components/PageHeader';
import { SnapshotAge, SnapshotStaleAlert } from '../../components/SnapshotStale';
import { RouterButton } from '../../components/RouterButton';
import { UnreadableNotice } from '../../components/UnreadableNotice';
import { ServicesSummaryBar } from './components/ServicesSummaryBar';
import { ServicesTable } from './components/ServicesTable';
import { ServicesToolbar } from './components/ServicesToolbar';
import { TableSkeleton } from './components/TableSkeleton';
import { EXPORT_COLUMNS, healthExportColumns } from './columns';
import { isFilterActive } from './filter';
import { healthOptions, healthStateOf } from './ovoc-health';
import { useServicesPrefs } from './prefs';
import { useCustomerPrefetch } from './useCustomerPrefetch';
import { useServicesUrlState } from './useServicesUrlState';
import { useServicesView } from './useServicesView';
import { t } from './messages';

async function writeClipboard(value: string): Promise<void> {
  if (typeof navigator === 'undefined' || !navigator.clipboard) throw new Error('Clipboard unavailable');
  await navigator.clipboard.writeText(value);
}

// Performance: the table and the summary skip the renders that do not change their props (the deferred
// one after a keystroke; the text typed first when a search is slow enough to be deferred).
const MemoServicesTable = memo(ServicesTable);
const MemoServicesSummaryBar = memo(ServicesSummaryBar);

export function ServicesPage() {
  // Refetched in the background when the window regains focus: staff leave this page open all day.
  // The route's loader already started it (src/app/router.tsx) and fetches again on every visit, so
  // a failure it met is shown as it is, not fetched a second time on mount.
  const list = useQuery({ ...snapshotQueries.services(), refetchOnWindowFocus: true, retryOnMount: false });
  // Performance: a query's answer renders synchronously (useSyncExternalStore), in one long task; deferred,
  // the table is drawn in an interruptible background render while the previous screen stays up.
  const data = useDeferredValue(list.data);
  // With its answer, so an age is never the new time against the old snapshot.
  const dataUpdatedAt = useDeferredValue(list.dataUpdatedAt);
  const rowsData = data?.rows;
  const meta = data?.meta;
  const url = useServicesUrlState();
  const mayOnboard = useRoleAccess().can('onboarding');
  const { prefs, setColumnVisible, resetColumns, setDensity } = useServicesPrefs();
  const healthState = healthStateOf(rowsData);
  const view = useServicesView({
    data: rowsData,
    query: url.searchInput,
    license: url.license,
    health: url.health,
    healthKnown: healthState.status === 'ready',
    sort: url.sort,
  });
  const navigate = useNavigate();
  const prefetch = useCustomerPrefetch();
  const [notice, setNotice] = useState<string | null>(null);

  const openCustomer = useCallback((guid: string) => void navigate({ to: '/customers/$guid', params: { guid } }), [navigate]);
  const openHealth = useCallback((q: string) => void navigate({ to: '/health', search: { q } }), [navigate]);
  const options = useMemo(() => (view.healthCounts ? healthOptions(view.healthCounts, url.health) : null), [view.healthCounts, url.health]);
  const copy = useCallback((value: string, what: string) => {
    writeClipboard(value).then(
      () => setNotice(t('services.copied', { what })),
      () => setNotice(t('services.copyFailed', { what })),
    );
  }, []);
  const { refetch: refetchList, isFetching } = list;
  // Read when the button is pressed, so the header does not change with every filtered list.
  const shown = useRef({ rows: view.rows, healthState });
  useLayoutEffect(() => {
    shown.current = { rows: view.rows, healthState };
  }, [view.rows, healthState]);
  const exportCsv = useCallback(() => {
    const { rows, healthState: health } = shown.current;
    // Performance: the CSV writer is loaded with the first export, not with the page.
    import('./csv').then(
      ({ csvFileName, downloadCsv, servicesCsv }) => downloadCsv(servicesCsv(rows, [...EXPORT_COLUMNS, ...healthExportColumns(health)]), csvFileName()),
      () => setNotice(t('services.exportFailed')),
    );
  }, []);
  const refetch = useCallback(() => void refetchList(), [refetchList]);
  // Refresh asks the server to read the Live Platform now; the new snapshot arrives as a live event.
  const { mutate: askRefresh, isPending: refreshPending } = useSnapshotRefresh();
  const refresh = useCallback(
    () =>
      askRefresh(undefined, {
        onSuccess: (answer) => setNotice(describeRefreshAnswer(answer).message),
        onError: (error) => setNotice(describeRefreshError(error).message),
      }),
    [askRefresh],
  );

  const filtersActive = isFilterActive({ q: url.searchInput, license: url.license, health: url.health });
  const hasData = rowsData !== undefined;
  const noRows = view.rows.length === 0;

  // Performance: built again only when what it shows changes, so a keystroke's first render skips the header.
  const header = useMemo(
    () => (
      <PageHeader
        title={t('services.title')}
        description={t('services.description')}
        // Its line is held while the list loads, so the page below does not move down when it arrives.
        meta={meta ? <SnapshotAge meta={meta} receivedAt={dataUpdatedAt} /> : '\u00a0'}
        actions={
          <>
            <Button variant="outlined" startIcon={<FileDownloadOutlined />} onClick={exportCsv} disabled={noRows}>
              {t('services.exportCsv')}
            </Button>
            <Button variant="outlined" startIcon={<RefreshOutlined />} onClick={refresh} loading={isFetching || refreshPending} loadingPosition="start">
              {t('services.refresh')}
            </Button>
            {mayOnboard ? (
              <RouterButton variant="contained" startIcon={<PersonAddAltOutlined />} to="/customers/new">
                {t('services.newCustomer')}
              </RouterButton>
            ) : null}
          </>
        }
      />
    ),
    [meta, dataUpdatedAt, exportCsv, noRows, refresh, isFetching, refreshPending, mayOnboard],
  );

  return (
    <>
      {header}

      {list.isError && !hasData ? (
        <ErrorPanel error={list.error} title={t('services.loadFailed')} onRetry={refetch} />
      ) : (
        <>
          <ServicesToolbar
            searchInput={url.searchInput}
            onSearchChange={url.setSearchInput}
            license={url.license}
            licenseCounts={view.licenseCounts}
            onLicenseChange={url.setLicense}
            health={url.health}
            healthOptions={options}
            onHealthChange={url.setHealth}
            filtersActive={filtersActive}
            onClearFilters={url.clearFilters}
            columnVisibility={prefs.columnVisibility}
            onToggleColumn={setColumnVisible}
            onResetColumns={resetColumns}
            density={prefs.density}
            onDensityChange={setDensity}
          />
          {list.isError && hasData ? (
            <Alert
              severity="warning"
              sx={{ mb: 2 }}
              action={
                <Button color="inherit" size="small" onClick={refetch}>
                  {t('services.retry')}
                </Button>
              }
            >
              {t('services.refreshFailed', { message: describeError(list.error).message })}
            </Alert>
          ) : null}
          {meta ? <SnapshotStaleAlert meta={meta} receivedAt={dataUpdatedAt} /> : null}
          {meta ? <UnreadableNotice unreadable={meta.unreadableRows.customers} count={meta.skippedRows.customers} source={t('services.unreadableSource')} /> : null}
          <MemoServicesSummaryBar summary={hasData ? view.summary : null} healthStatus={healthState.status} health={view.healthFigures} />
          <Paper variant="outlined" sx={{ overflow: 'hidden', opacity: view.isStale ? 0.7 : 1, transition: 'opacity 120ms' }}>
            {!hasData ? (
              <TableSkeleton />
            ) : view.healthFilterWaiting && healthState.status === 'loading' ? (
              // Which rows a Health filter keeps is only known once OVOC answers.
              <TableSkeleton label={t('services.loadingHealthFilter')} />
            ) : view.rows.length === 0 ? (
              <EmptyState
                icon={<SearchOffOutlined fontSize="inherit" />}
                title={t(rowsData.length === 0 ? 'services.empty.none' : 'services.empty.noMatch')}
                description={
                  t(rowsData.length === 0 ? 'services.empty.noneHint' : 'services.empty.noMatchHint')
                }
                action={
                  filtersActive ? (
                    <Button variant="contained" onClick={url.clearFilters}>
                      {t('services.clearFilters')}
                    </Button>
                  ) : undefined
                }
              />
            ) : (
              <MemoServicesTable
                rows={view.rows}
                sort={url.sort}
                onSortChange={url.setSort}
                columnVisibility={prefs.columnVisibility}
                density={prefs.density}
                onOpen={openCustomer}
                onIntent={prefetch}
                onCopy={copy}
                health={healthState}
                onOpenHealth={openHealth}
              />
            )}
          </Paper>
        </>
      )}
      <Snackbar open={notice !== null} autoHideDuration={3000} onClose={() => setNotice(null)} message={notice ?? ''} />
    </>
  );
}
