/**
 * Search, license/source filters, the view (services or recent changes) and the live controls of the
 * health page. Filter values and the view live in the URL (the page passes them in and gets changes
 * back); live/paused is the page's own state.
 */
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import InputAdornment from '@mui/material/InputAdornment';
import InputLabel from '@mui/material/InputLabel';
import ListItemText from '@mui/material/ListItemText';
import MenuItem from '@mui/material/MenuItem';
import OutlinedInput from '@mui/material/OutlinedInput';
import Select from '@mui/material/Select';
import Stack from '@mui/material/Stack';
import Switch from '@mui/material/Switch';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import RefreshOutlined from '@mui/icons-material/RefreshOutlined';
import SearchOutlined from '@mui/icons-material/SearchOutlined';
import { SnapshotAge, type SnapshotTimes } from '../../components/SnapshotStale';
import type { FacetOption } from './rows';
import { t } from './messages';
import { RECENT_HOURS } from './RecentChanges';

interface FacetSelectProps {
  id: string;
  label: string;
  options: readonly FacetOption[];
  value: readonly string[];
  onChange: (value: string[]) => void;
}

function FacetSelect({ id, label, options, value, onChange }: FacetSelectProps) {
  const labelId = `${id}-label`;
  const labelOf = (v: string) => options.find((o) => o.value === v)?.label ?? v;
  return (
    <FormControl size="small" sx={{ minWidth: 180, maxWidth: 280 }}>
      <InputLabel id={labelId} shrink>
        {label}
      </InputLabel>
      <Select<string[]>
        labelId={labelId}
        id={id}
        multiple
        value={[...value]}
        input={<OutlinedInput notched label={label} />}
        onChange={(event) => {
          const next = event.target.value;
          onChange(typeof next === 'string' ? next.split(',') : next);
        }}
        renderValue={(selected) => (selected.length === 0 ? t('health.toolbar.all') : selected.map(labelOf).join(', '))}
        displayEmpty
      >
        {options.map((option) => (
          <MenuItem key={option.value} value={option.value}>
            <Checkbox size="small" checked={value.includes(option.value)} tabIndex={-1} disableRipple />
            <ListItemText
              primary={option.label}
              secondary={option.label !== option.value ? `${option.value} · ${option.count}` : String(option.count)}
            />
          </MenuItem>
        ))}
      </Select>
    </FormControl>
  );
}

export interface HealthToolbarProps {
  q: string;
  onQueryChange: (q: string) => void;
  licenseOptions: readonly FacetOption[];
  license: readonly string[];
  onLicenseChange: (value: string[]) => void;
  sourceOptions: readonly FacetOption[];
  source: readonly string[];
  onSourceChange: (value: string[]) => void;
  filtersActive: boolean;
  onClearFilters: () => void;
  view: 'all' | 'changes';
  onViewChange: (view: 'all' | 'changes') => void;
  live: boolean;
  onLiveChange: (on: boolean) => void;
  /** Whether the server's event stream is connected (else the page polls once a minute). */
  streaming: boolean;
  onRefresh: () => void;
  refreshing: boolean;
  /** The shown snapshot's times, and when it was received (react-query's dataUpdatedAt). */
  meta: SnapshotTimes | null;
  updatedAt: number;
}

function liveText(live: boolean, streaming: boolean): string {
  if (!live) return t('health.toolbar.paused');
  return t(streaming ? 'health.toolbar.streaming' : 'health.toolbar.reconnecting');
}

export function HealthToolbar(props: HealthToolbarProps) {
  return (
    <Stack spacing={1.5} sx={{ mb: 2 }}>
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={1.5} useFlexGap sx={{ flexWrap: 'wrap', alignItems: { md: 'center' } }}>
        <TextField
          label={t('health.toolbar.search')}
          type="search"
          size="small"
          value={props.q}
          onChange={(event) => props.onQueryChange(event.target.value)}
          placeholder={t('health.toolbar.searchPlaceholder')}
          sx={{ minWidth: 320 }}
          slotProps={{
            input: {
              startAdornment: (
                <InputAdornment position="start">
                  <SearchOutlined fontSize="small" />
                </InputAdornment>
              ),
            },
          }}
        />
        <FacetSelect id="health-license" label={t('health.toolbar.license')} options={props.licenseOptions} value={props.license} onChange={props.onLicenseChange} />
        <FacetSelect id="health-source" label={t('health.toolbar.source')} options={props.sourceOptions} value={props.source} onChange={props.onSourceChange} />
        {props.filtersActive ? (
          <Button onClick={props.onClearFilters} size="small">
            {t('health.clearFilters')}
          </Button>
        ) : null}
      </Stack>
      <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'center' }}>
        <ToggleButtonGroup
          size="small"
          exclusive
          value={props.view}
          onChange={(_event, value: 'all' | 'changes' | null) => {
            if (value) props.onViewChange(value);
          }}
          aria-label={t('health.toolbar.show')}
        >
          <ToggleButton value="all">{t('health.toolbar.allServices')}</ToggleButton>
          <ToggleButton value="changes">{t('health.changes.title', { hours: RECENT_HOURS })}</ToggleButton>
        </ToggleButtonGroup>
        <FormControlLabel
          control={<Switch checked={props.live} onChange={(event) => props.onLiveChange(event.target.checked)} />}
          label={t('health.toolbar.live')}
        />
        <Button
          variant="outlined"
          size="small"
          startIcon={<RefreshOutlined />}
          onClick={props.onRefresh}
          loading={props.refreshing}
          loadingPosition="start"
        >
          {t('health.toolbar.refresh')}
        </Button>
        <Typography variant="body2" color="text.secondary">
          {props.meta ? <SnapshotAge meta={props.meta} receivedAt={props.updatedAt} /> : null}
          {liveText(props.live, props.streaming)}
        </Typography>
      </Stack>
    </Stack>
  );
}
