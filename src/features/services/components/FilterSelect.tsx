/** MUI's labelled multiple Select as the services filters use it; loaded on idle or on first use (DeferredSelect). */
import Box from '@mui/material/Box';
import Checkbox from '@mui/material/Checkbox';
import FormControl from '@mui/material/FormControl';
import InputLabel from '@mui/material/InputLabel';
import ListItemText from '@mui/material/ListItemText';
import MenuItem from '@mui/material/MenuItem';
import OutlinedInput from '@mui/material/OutlinedInput';
import Select, { type SelectChangeEvent } from '@mui/material/Select';
import { formatCount } from '../summary';
import type { FilterSelectProps } from './DeferredSelect';

export default function FilterSelect<T extends string | number>(props: FilterSelectProps<T> & { open: boolean; focus: boolean }) {
  const { labelId, label, width, disabled, value, onChange, renderValue, options, open, focus } = props;
  return (
    <FormControl size="small" sx={{ width }} disabled={disabled}>
      {/* Always shrunk: the empty selection reads "All", not a placeholder. */}
      <InputLabel id={labelId} shrink>
        {label}
      </InputLabel>
      <Select<T[]>
        labelId={labelId}
        multiple
        value={value}
        onChange={(event: SelectChangeEvent<T[]>) => onChange(event.target.value)}
        input={<OutlinedInput label={label} notched />}
        renderValue={renderValue}
        displayEmpty
        defaultOpen={open}
        autoFocus={focus}
        MenuProps={{ slotProps: { paper: { sx: { maxHeight: 420 } } } }}
      >
        {/* No group subheaders: MUI's Select would expose them as (unselectable) options. */}
        {options.map((option) => (
          <MenuItem key={option.value} value={option.value} aria-label={`${option.label} (${option.count})`} dense>
            <Checkbox checked={value.includes(option.value)} size="small" sx={{ p: 0.5, mr: 1 }} tabIndex={-1} />
            <ListItemText primary={option.label} secondary={option.secondary} />
            <Box component="span" sx={{ ml: 2, color: 'text.secondary', fontVariantNumeric: 'tabular-nums' }}>
              {formatCount(option.count)}
            </Box>
          </MenuItem>
        ))}
      </Select>
    </FormControl>
  );
}
