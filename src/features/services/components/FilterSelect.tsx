/** MUI's multiple Select as the services filters use it; loaded on idle or on first use (DeferredSelect). */
import OutlinedInput from '@mui/material/OutlinedInput';
import Select, { type SelectChangeEvent } from '@mui/material/Select';
import type { FilterSelectProps } from './DeferredSelect';

export default function FilterSelect<T extends string | number>(props: FilterSelectProps<T> & { open: boolean; focus: boolean }) {
  const { labelId, label, value, onChange, renderValue, children, open, focus } = props;
  return (
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
      {children}
    </Select>
  );
}
