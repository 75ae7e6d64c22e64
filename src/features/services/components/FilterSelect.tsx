/** MUI's labelled multiple Select as the services filters use it: the options are data, each with its count. */
import Box from '@mui/material/Box';
import Checkbox from '@mui/material/Checkbox';
import FormControl from '@mui/material/FormControl';
import InputLabel from '@mui/material/InputLabel';
import ListItemText from '@mui/material/ListItemText';
import MenuItem from '@mui/material/MenuItem';
import OutlinedInput from '@mui/material/OutlinedInput';
import Select, { type SelectChangeEvent } from '@mui/material/Select';
import { formatCount } from '../summary';

export interface FilterSelectProps<T extends string | number> {
  labelId: string;
  label: string;
  /** The field's width in px. */
  width: number;
  disabled?: boolean;
  value: T[];
  /** A string when the browser's autofill hands one over. */
  onChange: (value: T[] | string) => void;
  renderValue: (value: T[]) => string;
  options: readonly FilterOption<T>[];
}

/** One checkable option: its name, an optional second line, and how many customers it would show. */
export interface FilterOption<T extends string | number> {
  value: T;
  label: string;
  secondary?: string;
  count: number;
}

export function FilterSelect<T extends string | number>(props: FilterSelectProps<T>) {
  const { labelId, label, width, disabled, value, onChange, renderValue, options } = props;
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
