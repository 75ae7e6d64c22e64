/** The Audit page's filters; each change goes straight to the URL (deep links keep them). */
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { AUDIT_ACTIONS } from '../../api/schemas/audit';
import { ACTION_LABELS } from './format';
import type { AuditSearch } from './search';

export interface AuditFiltersProps {
  search: AuditSearch;
  onChange: (patch: Partial<AuditSearch>) => void;
}

export function AuditFilters({ search, onChange }: AuditFiltersProps) {
  return (
    <Box component="search" aria-label="Filter the audit trail" sx={{ display: 'flex', flexWrap: 'wrap', gap: 2, mb: 2, alignItems: 'center' }}>
      <TextField label="Search" type="search" size="small" value={search.q} onChange={(event) => onChange({ q: event.target.value })} />
      <TextField label="Person" size="small" value={search.person} onChange={(event) => onChange({ person: event.target.value })} />
      <TextField
        select
        label="Action"
        size="small"
        sx={{ minWidth: 140 }}
        value={search.action}
        onChange={(event) => onChange({ action: event.target.value as AuditSearch['action'] })}
      >
        <MenuItem value="">All actions</MenuItem>
        {AUDIT_ACTIONS.map((action) => (
          <MenuItem key={action} value={action}>
            {ACTION_LABELS[action]}
          </MenuItem>
        ))}
      </TextField>
      <TextField
        select
        label="Outcome"
        size="small"
        sx={{ minWidth: 140 }}
        value={search.outcome}
        onChange={(event) => onChange({ outcome: event.target.value as AuditSearch['outcome'] })}
      >
        <MenuItem value="">All outcomes</MenuItem>
        <MenuItem value="ok">Succeeded</MenuItem>
        <MenuItem value="failed">Failed</MenuItem>
      </TextField>
      <TextField label="From" type="date" size="small" value={search.from} onChange={(event) => onChange({ from: event.target.value })} slotProps={{ inputLabel: { shrink: true } }} />
      <TextField label="To" type="date" size="small" value={search.to} onChange={(event) => onChange({ to: event.target.value })} slotProps={{ inputLabel: { shrink: true } }} />
      {search.guid ? <Chip label={`Customer ${search.name || search.guid}`} onDelete={() => onChange({ guid: '', name: '' })} /> : null}
    </Box>
  );
}
