/**
 * /health — "what is broken, for whom, since when", for the support desk: OVOC services by status,
 * the services table (most broken first, each status with its "since"), the changes of the last 24
 * hours, and the OVOC customer behind a service in a side panel. Rows come from the server's shared
 * snapshot (GET /api/console/health) and update live. Filters, sort, view and the open customer live
 * in the URL; expanded rows and live/paused are page state.
 */
import { memo, useCallback, useDeferredValue, useMemo, useState } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Typography from '@mui/material/Typography';
import { getRouteApi } from '@tanstack/react-router';
import type { HealthServiceRow } from '../../api/schemas/console-snapshot';
import { describeRefreshError } from '../../api/error-words';
import { describeRefreshAnswer, useSnapshotRefresh } from '../../api/snapshot-refresh';
import { SnapshotStaleAlert } from '../../components/SnapshotStale';
import { useToast } from '../../components/Toast';
import { EmptyState } from '../../components/EmptyState';
import { ErrorPanel } from '../../components/ErrorPanel';
import { VisuallyHidden } from '../../components/VisuallyHidden';
import { PageHeader } from '../../components/PageHeader';
import { formatSort, parseSort, type SortState } from '../../components/search-params';
import { countStatuses } from '../../domain/ovoc-status-counts';
import { CustomerDrawer } from './CustomerDrawer';
import { HealthTable, type FocusRequest } from './HealthTable';
import { HealthToolbar } from './HealthToolbar';
import { RecentChanges } from './RecentChanges';
import { facetOptions, filterRows, sortRows, toHealthRow, toHealthRows, withUniqueKeys, type HealthRow } from './rows';
import type { HealthSearch } from './search';
import { StatusSummary } from './StatusSummary';
import { useHealthServices } from './useHealthServices';
import { UnreadableNotice } from '../../components/UnreadableNotice';
import { useNow } from './useNow';
import { t } from './messages';

const route = getRouteApi('/health');
// The urgent render of an answer (deferred above) passes them the props they had, so they skip it.
const MemoStatusSummary = memo(StatusSummary);
const MemoHealthTable = memo(HealthTable);
const NO_SERVICES: readonly HealthServiceRow[] = [];
const CLEARED_FILTERS = { q: '', status: [], license: [], source: [] } satisfies Partial<HealthSearch>;

function toggleIn(list: readonly string[], value: string): string[] {
  return list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
}

export function HealthPage() {
  const search = route.useSearch();
  const navigate = route.useNavigate();
  // The first screenful helps only where it is what the page shows: the default order, no filter.
  const defaultView =
    search.view === 'all' && search.q === '' && search.status.length === 0 && search.license.length === 0 && search.source.length === 0 && search.sort === '';
  const health = useHealthServices(defaultView);
  const { query, live, setLive, streaming } = health;
  // Performance: a query's answer renders synchronously (useSyncExternalStore), in one long task; deferred,
  // the rows are drawn in an interruptible background render while the previous screen stays up.
  const data = useDeferredValue(health.data);
  // With its answer, so an age is never the new time against the old snapshot.
  const updatedAt = useDeferredValue(health.updatedAt);
  const first = useDeferredValue(health.first);
  const now = useNow();
  const toast = useToast();
  const { mutate: askRefresh, isPending: refreshPending } = useSnapshotRefresh();

  // One row object per service object: a refresh that leaves a service unchanged (structural sharing
  // keeps its object) leaves its row object, so the memoised row does not re-render.
  const [rowCache] = useState(() => new WeakMap<HealthServiceRow, HealthRow>());
  const services = data?.rows ?? NO_SERVICES;
  const rows = useMemo(
    () =>
      withUniqueKeys(
        services.map((service, index) => {
          const cached = rowCache.get(service);
          if (cached) return cached;
          const row = toHealthRow(service, index);
          rowCache.set(service, row);
          return row;
        }),
      ),
    [services, rowCache],
  );
  const rowsByKey = useMemo(() => new Map(rows.map((row) => [row.key, row])), [rows]);
  // Sorted once per data and sort; a filter click only filters the sorted rows (the order is total, so
  // filtering the sorted rows gives what sorting the filtered ones did), and the counts do not depend on
  // the status filter, so a status click recomputes neither.
  const { q, status, license, source } = search;
  const sort = useMemo(() => parseSort(search.sort), [search.sort]);
  const sortedAll = useMemo(() => sortRows(rows, sort), [rows, sort]);
  const counts = useMemo(
    () => countStatuses(filterRows(rows, { q, status: [], license, source }, { ignoreStatus: true }).map((r) => r.service.status)),
    [rows, q, license, source],
  );
  const sorted = useMemo(() => filterRows(sortedAll, { q, status, license, source }), [sortedAll, q, status, license, source]);
  // Until the whole answer is read, the first rows (already in the default order) and the server's counts.
  const firstRows = useMemo(() => (first ? toHealthRows(first.rows) : null), [first]);
  const shownRows = firstRows ?? sorted;
  const shownCounts = first?.statusCounts ?? counts;
  const totalRows = first?.total ?? rows.length;
  const licenseOptions = useMemo(() => facetOptions(rows, 'licenseKey', search.license), [rows, search.license]);
  const sourceOptions = useMemo(() => facetOptions(rows, 'sourceKey', search.source), [rows, search.source]);

  const [expanded, setExpanded] = useState<ReadonlySet<string>>(() => new Set());
  const [highlightKey, setHighlightKey] = useState<string | null>(null);
  const [focusRequest, setFocusRequest] = useState<FocusRequest | null>(null);
  const [restoreFocus, setRestoreFocus] = useState(true);

  const setSearch = useCallback(
    (patch: Partial<HealthSearch>, replace = true) => void navigate({ search: (prev) => ({ ...prev, ...patch }), replace }),
    [navigate],
  );
  // Stable, so the status summary's chart is not drawn again on every click.
  const onToggleStatus = useCallback(
    (key: string) => void navigate({ search: (prev) => ({ ...prev, status: toggleIn(prev.status, key) }), replace: true }),
    [navigate],
  );
  const onSortChange = useCallback((next: SortState | null) => setSearch({ sort: formatSort(next) }), [setSearch]);
  const onClearStatus = useCallback(() => setSearch({ status: [] }), [setSearch]);
  const onToggle = useCallback((key: string) => {
    setExpanded((prev) => {
      const next = new Set(prev);
      if (!next.delete(key)) next.add(key);
      return next;
    });
  }, []);
  const onOpenCustomer = useCallback(
    (id: string) => {
      setRestoreFocus(true);
      setSearch({ customer: Number(id) }, false);
    },
    [setSearch],
  );
  const onGoToService = (key: string) => {
    setRestoreFocus(false);
    const hidden = !sorted.some((row) => row.key === key);
    setSearch(hidden ? { ...CLEARED_FILTERS, customer: undefined } : { customer: undefined });
    setExpanded((prev) => new Set(prev).add(key));
    setHighlightKey(key);
    setFocusRequest((prev) => ({ key, seq: (prev?.seq ?? 0) + 1 }));
  };

  const filtersActive = search.q !== '' || search.status.length > 0 || search.license.length > 0 || search.source.length > 0;
  const clearFilters = () => setSearch(CLEARED_FILTERS);
  const retry = () => void query.refetch();
  // Asks the server to read the Live Platform now; the new snapshot comes back as a live event.
  const refresh = () =>
    askRefresh(undefined, {
      onSuccess: (answer) => {
        const notice = describeRefreshAnswer(answer);
        toast(notice.message, { severity: notice.severity });
      },
      onError: (error) => {
        const notice = describeRefreshError(error);
        toast(notice.message, { severity: notice.severity });
      },
    });

  return (
    <>
      <PageHeader
        title={t('health.title')}
        description={t('health.description')}
      />
      <HealthToolbar
        q={search.q}
        onQueryChange={(q) => setSearch({ q })}
        licenseOptions={licenseOptions}
        license={search.license}
        onLicenseChange={(license) => setSearch({ license })}
        sourceOptions={sourceOptions}
        source={search.source}
        onSourceChange={(source) => setSearch({ source })}
        filtersActive={filtersActive}
        onClearFilters={clearFilters}
        view={search.view}
        onViewChange={(view) => setSearch({ view }, false)}
        live={live}
        onLiveChange={setLive}
        streaming={streaming}
        onRefresh={refresh}
        refreshing={refreshPending}
        meta={data?.meta ?? null}
        updatedAt={updatedAt}
      />
      {data ? <SnapshotStaleAlert meta={data.meta} receivedAt={updatedAt} /> : null}
      {data ? (
        <UnreadableNotice unreadable={data.meta.unreadableRows.ovocServices} count={data.meta.skippedRows.ovocServices} kind="ovocServices" source={t('health.unreadableSource')} />
      ) : null}
      {search.view === 'changes' ? (
        <RecentChanges now={now} />
      ) : data === undefined && !query.isError && !first ? (
        <Box role="status" sx={{ py: 4 }}>
          <LinearProgress aria-hidden />
          <Typography variant="body2" sx={{ mt: 1 }}>
            {t('health.loadingServices')}
          </Typography>
        </Box>
      ) : query.isError && !data ? (
        // Our snapshot API's error (a 503 while the first read fails, its reason in detail), not OVOC's documented one.
        <ErrorPanel error={query.error} title={t('health.loadFailed')} onRetry={retry} />
      ) : (
        <>
          {query.isError ? (
            <Box sx={{ mb: 2 }}>
              <ErrorPanel error={query.error} ovoc="services" onRetry={retry} title={t('health.refreshFailed')} />
              <Typography variant="body2" sx={{ mt: 1 }}>
                {t('health.showingLastGood')}
              </Typography>
            </Box>
          ) : null}
          <MemoStatusSummary
            counts={shownCounts}
            selected={search.status}
            onToggle={onToggleStatus}
            onClear={onClearStatus}
          />
          <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }} role="status">
            {shownRows.length === totalRows ? t('health.count', { total: totalRows }) : t('health.countShown', { shown: shownRows.length, total: totalRows })}
          </Typography>
          {first ? (
            <Box role="status" sx={{ mb: 1 }}>
              <LinearProgress aria-hidden />
              <VisuallyHidden>{t('health.loadingServices')}</VisuallyHidden>
            </Box>
          ) : null}
          {totalRows === 0 ? (
            <EmptyState title={t('health.empty.none')} description={t('health.empty.noneHint')} />
          ) : shownRows.length === 0 ? (
            <EmptyState
              title={t('health.empty.noMatch')}
              description={t('health.empty.noMatchHint')}
              action={<Button onClick={clearFilters}>{t('health.clearFilters')}</Button>}
            />
          ) : (
            <MemoHealthTable
              rows={shownRows}
              expanded={expanded}
              highlightKey={highlightKey}
              now={now}
              sort={sort}
              onSortChange={onSortChange}
              onToggle={onToggle}
              onOpenCustomer={onOpenCustomer}
              focusRequest={focusRequest}
            />
          )}
        </>
      )}
      <CustomerDrawer
        customerId={search.customer}
        onClose={() => setSearch({ customer: undefined })}
        rowsByKey={rowsByKey}
        onGoToService={onGoToService}
        restoreFocus={restoreFocus}
      />
    </>
  );
}
