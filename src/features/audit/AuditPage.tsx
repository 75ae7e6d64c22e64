/**
 * /audit (administrators): who did what through the console and how it ended, newest first, with
 * filters kept in the URL, a CSV export of what is shown, and the tamper check of the hash chain.
 */
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import FileDownloadOutlined from '@mui/icons-material/FileDownloadOutlined';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { auditQueries, type AuditListFilter } from '../../api/audit-queries';
import { useRoleAccess } from '../../api/roles';
import { downloadCsv } from '../../components/csv';
import { EmptyState } from '../../components/EmptyState';
import { ErrorPanel } from '../../components/ErrorPanel';
import { PageHeader } from '../../components/PageHeader';
import { AuditFilters } from './AuditFilters';
import { AuditTable } from './AuditTable';
import { auditCsv, auditCsvFileName, dayEnd, dayStart } from './format';
import type { AuditSearch } from './search';
import { VerifyCheck } from './VerifyCheck';
import { t } from './messages';

const route = getRouteApi('/audit');

function filterOf(search: AuditSearch): AuditListFilter {
  const filter: AuditListFilter = {};
  if (search.person) filter.person = search.person;
  if (search.action) filter.action = search.action;
  if (search.outcome) filter.outcome = search.outcome;
  const from = dayStart(search.from);
  if (from) filter.from = from;
  const to = dayEnd(search.to);
  if (to) filter.to = to;
  if (search.q) filter.q = search.q;
  if (search.guid) filter.guid = search.guid;
  if (search.guid && search.name) filter.shortName = search.name;
  return filter;
}

function AuditTrail() {
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const list = useQuery({ ...auditQueries.list(filterOf(search)), placeholderData: keepPreviousData });
  const entries = list.data?.entries ?? [];
  const change = (patch: Partial<AuditSearch>) => void navigate({ search: (prev) => ({ ...prev, ...patch }), replace: true });
  return (
    <>
      <PageHeader
        title={t('audit.title')}
        description={t('audit.description')}
        actions={
          <Button variant="outlined" startIcon={<FileDownloadOutlined />} disabled={entries.length === 0} onClick={() => downloadCsv(auditCsv(entries), auditCsvFileName())}>
            {t('audit.exportCsv')}
          </Button>
        }
      />
      <VerifyCheck />
      <AuditFilters search={search} onChange={change} />
      <Box sx={{ height: 4 }}>{list.isFetching ? <LinearProgress aria-label={t('audit.loadingEntries')} /> : null}</Box>
      {list.error ? (
        <ErrorPanel error={list.error} onRetry={() => void list.refetch()} />
      ) : list.data && entries.length === 0 ? (
        Object.keys(filterOf(search)).length === 0 ? (
          <EmptyState title={t('audit.empty.none')} description={t('audit.empty.noneHint')} />
        ) : (
          <EmptyState title={t('audit.empty.noMatch')} />
        )
      ) : (
        <AuditTable entries={entries} />
      )}
    </>
  );
}

export function AuditPage() {
  const access = useRoleAccess();
  // The server refuses the trail to everyone else; this spares them a page of errors.
  // Asked only once the role is known: nobody else's browser asks the server for the trail.
  if (access.role === undefined) return <LinearProgress aria-label={t('audit.loading')} />;
  if (!access.can('admin')) {
    return (
      <>
        <PageHeader title={t('audit.title')} />
        <EmptyState title={t('audit.needsAdmin')} />
      </>
    );
  }
  return <AuditTrail />;
}
