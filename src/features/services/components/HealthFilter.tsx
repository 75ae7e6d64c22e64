/**
 * OVOC health filter: a multi-select of the health keys (the four documented statuses, "No OVOC
 * service", and any other status OVOC sent), each with how many customers it would show under the
 * search and license filter. Disabled until OVOC health is known: options without counts would
 * promise a filter that cannot be applied yet.
 */
import Box from '@mui/material/Box';
import Checkbox from '@mui/material/Checkbox';
import FormControl from '@mui/material/FormControl';
import InputLabel from '@mui/material/InputLabel';
import ListItemText from '@mui/material/ListItemText';
import MenuItem from '@mui/material/MenuItem';
import OutlinedInput from '@mui/material/OutlinedInput';
import Select, { type SelectChangeEvent } from '@mui/material/Select';
import { healthLabel, normalizeHealth, type HealthOption } from '../ovoc-health';
import { formatCount } from '../summary';

export interface HealthFilterProps {
  selected: readonly string[];
  /** null while OVOC health is loading or unavailable. */
  options: readonly HealthOption[] | null;
  onChange: (keys: string[]) => void;
}

const LABEL_ID = 'services-health-filter-label';

export function HealthFilter({ selected, options, onChange }: HealthFilterProps) {
  const handleChange = (event: SelectChangeEvent<string[]>) => {
    const value = event.target.value;
    // Browser autofill can hand over a comma-separated string.
    onChange(normalizeHealth(typeof value === 'string' ? value.split(',') : value));
  };

  return (
    <FormControl size="small" sx={{ width: 200 }} disabled={options === null}>
      {/* Always shrunk: the empty selection reads "All", not a placeholder. */}
      <InputLabel id={LABEL_ID} shrink>
        Health
      </InputLabel>
      <Select<string[]>
        labelId={LABEL_ID}
        multiple
        value={[...selected]}
        onChange={handleChange}
        input={<OutlinedInput label="Health" notched />}
        renderValue={(keys) => (keys.length === 0 ? 'All' : keys.map(healthLabel).join(', '))}
        displayEmpty
        MenuProps={{ slotProps: { paper: { sx: { maxHeight: 420 } } } }}
      >
        {(options ?? []).map((option) => (
          <MenuItem key={option.key} value={option.key} aria-label={`${option.label} (${option.count})`} dense>
            <Checkbox checked={selected.includes(option.key)} size="small" sx={{ p: 0.5, mr: 1 }} tabIndex={-1} />
            <ListItemText primary={option.label} />
            <Box component="span" sx={{ ml: 2, color: 'text.secondary', fontVariantNumeric: 'tabular-nums' }}>
              {formatCount(option.count)}
            </Box>
          </MenuItem>
        ))}
      </Select>
    </FormControl>
  );
}
