/** Search, license and health filters, clear, and the view controls (columns, density). */
import { memo, useId } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import FormControl from '@mui/material/FormControl';
import InputAdornment from '@mui/material/InputAdornment';
import InputLabel from '@mui/material/InputLabel';
import OutlinedInput from '@mui/material/OutlinedInput';
import { Hint as Tooltip } from '../../../components/Hint';
import ClearOutlined from '@mui/icons-material/ClearOutlined';
import DensitySmallOutlined from '@mui/icons-material/DensitySmallOutlined';
import SearchOutlined from '@mui/icons-material/SearchOutlined';
import type { ColumnId } from '../columns';
import type { HealthOption } from '../ovoc-health';
import type { ColumnVisibility, Density } from '../prefs';
import { ColumnsMenu } from './ColumnsMenu';
import { HealthFilter } from './HealthFilter';
import { LicenseFilter } from './LicenseFilter';
import { t } from '../messages';

export interface ServicesToolbarProps {
  searchInput: string;
  onSearchChange: (text: string) => void;
  license: readonly number[];
  licenseCounts: ReadonlyMap<number, number>;
  onLicenseChange: (codes: number[]) => void;
  health: readonly string[];
  /** null while OVOC health is loading or unavailable. */
  healthOptions: readonly HealthOption[] | null;
  onHealthChange: (keys: string[]) => void;
  filtersActive: boolean;
  onClearFilters: () => void;
  columnVisibility: ColumnVisibility;
  onToggleColumn: (id: ColumnId, visible: boolean) => void;
  onResetColumns: () => void;
  density: Density;
  onDensityChange: (density: Density) => void;
}

// Performance: a keystroke re-renders the search box; the menus and the density toggle, whose props
// it does not change, skip it.
const MemoLicenseFilter = memo(LicenseFilter);
const MemoHealthFilter = memo(HealthFilter);
const MemoColumnsMenu = memo(ColumnsMenu);

export function ServicesToolbar(props: ServicesToolbarProps) {
  const { searchInput, onSearchChange, filtersActive, onClearFilters, density } = props;
  const searchId = useId();
  return (
    <Box role="search" sx={{ display: 'flex', flexWrap: 'wrap', gap: 1.5, alignItems: 'center', mb: 2 }}>
      {/* What an outlined TextField renders, composed as the filters' FilterSelect is: TextField would also bring the filled and standard inputs and the helper text. */}
      <FormControl
        size="small"
        // Our own clear button works the same in every browser; hide WebKit's.
        sx={{ width: { xs: '100%', sm: 280 }, '& input::-webkit-search-cancel-button': { display: 'none' } }}
      >
        {/* Always shrunk: the start adornment sits where the label would rest. */}
        <InputLabel htmlFor={searchId} shrink>
          {t('services.search.label')}
        </InputLabel>
        <OutlinedInput
          id={searchId}
          label={t('services.search.label')}
          notched
          type="search"
          value={searchInput}
          onChange={(event) => onSearchChange(event.target.value)}
          placeholder={t('services.search.placeholder')}
          autoComplete="off"
          startAdornment={
            <InputAdornment position="start">
              <SearchOutlined fontSize="small" />
            </InputAdornment>
          }
          endAdornment={
            searchInput ? (
              <InputAdornment position="end">
                <IconButton aria-label={t('services.search.clear')} size="small" edge="end" onClick={() => onSearchChange('')}>
                  <ClearOutlined fontSize="small" />
                </IconButton>
              </InputAdornment>
            ) : null
          }
        />
      </FormControl>
      <MemoLicenseFilter selected={props.license} counts={props.licenseCounts} onChange={props.onLicenseChange} />
      <MemoHealthFilter selected={props.health} options={props.healthOptions} onChange={props.onHealthChange} />
      {filtersActive ? (
        <Button onClick={onClearFilters} startIcon={<ClearOutlined />}>
          {t('services.clearAll')}
        </Button>
      ) : null}
      <Box sx={{ flexGrow: 1 }} />
      <MemoColumnsMenu visibility={props.columnVisibility} onToggle={props.onToggleColumn} onReset={props.onResetColumns} />
      <DensityToggle density={density} onDensityChange={props.onDensityChange} />
    </Box>
  );
}

const DensityToggle = memo(function DensityToggle({ density, onDensityChange }: Pick<ServicesToolbarProps, 'density' | 'onDensityChange'>) {
  return (
    <Tooltip title={t(density === 'compact' ? 'services.density.comfortable' : 'services.density.compact')}>
      <IconButton
        aria-label={t('services.density.compact')}
        aria-pressed={density === 'compact'}
        color={density === 'compact' ? 'primary' : 'default'}
        onClick={() => onDensityChange(density === 'compact' ? 'comfortable' : 'compact')}
      >
        <DensitySmallOutlined fontSize="small" />
      </IconButton>
    </Tooltip>
  );
});
