/** The Audit page's filters; each change goes straight to the URL (deep links keep them). */
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { AUDIT_ACTIONS } from '../../api/schemas/audit';
import { actionLabel } from './format';
import { t } from './messages';
import type { AuditSearch } from './search';

export interface AuditFiltersProps {
  search: AuditSearch;
  onChange: (patch: Partial<AuditSearch>) => void;
}

export function AuditFilters({ search, onChange }: AuditFiltersProps) {
  return (
    <Box component="search" aria-label={t('audit.filters.label')} sx={{ display: 'flex', flexWrap: 'wrap', gap: 2, mb: 2, alignItems: 'center' }}>
      <TextField label={t('audit.filters.search')} type="search" size="small" value={search.q} onChange={(event) => onChange({ q: event.target.value })} />
      <TextField label={t('audit.filters.person')} size="small" value={search.person} onChange={(event) => onChange({ person: event.target.value })} />
      <TextField
        select
        label={t('audit.filters.action')}
        size="small"
        sx={{ minWidth: 140 }}
        value={search.action}
        onChange={(event) => onChange({ action: event.target.value as AuditSearch['action'] })}
      >
        <MenuItem value="">{t('audit.filters.allActions')}</MenuItem>
        {AUDIT_ACTIONS.map((action) => (
          <MenuItem key={action} value={action}>
            {actionLabel(action)}
          </MenuItem>
        ))}
      </TextField>
      <TextField
        select
        label={t('audit.filters.outcome')}
        size="small"
        sx={{ minWidth: 140 }}
        value={search.outcome}
        onChange={(event) => onChange({ outcome: event.target.value as AuditSearch['outcome'] })}
      >
        <MenuItem value="">{t('audit.filters.allOutcomes')}</MenuItem>
        <MenuItem value="ok">{t('audit.outcome.ok')}</MenuItem>
        <MenuItem value="failed">{t('audit.outcome.failed')}</MenuItem>
      </TextField>
      <TextField label={t('audit.filters.from')} type="date" size="small" value={search.from} onChange={(event) => onChange({ from: event.target.value })} slotProps={{ inputLabel: { shrink: true } }} />
      <TextField label={t('audit.filters.to')} type="date" size="small" value={search.to} onChange={(event) => onChange({ to: event.target.value })} slotProps={{ inputLabel: { shrink: true } }} />
      {search.guid ? <Chip label={t('audit.filters.customer', { customer: search.name || search.guid })} onDelete={() => onChange({ guid: '', name: '' })} /> : null}
    </Box>
  );
}
