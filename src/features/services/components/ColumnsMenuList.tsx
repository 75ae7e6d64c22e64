/** The "Columns" menu itself (ColumnsMenu holds its button). */
import Checkbox from '@mui/material/Checkbox';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import { ALWAYS_VISIBLE, COLUMN_IDS, columnLabel } from '../columns';
import { isColumnVisible } from '../prefs';
import type { ColumnsMenuProps } from './ColumnsMenu';
import { t } from '../messages';

export interface ColumnsMenuListProps extends ColumnsMenuProps {
  id: string;
  anchor: HTMLElement | null;
  onClose: () => void;
}

export function ColumnsMenuList({ id, anchor, onClose, visibility, onToggle, onReset }: ColumnsMenuListProps) {
  return (
    <Menu id={id} anchorEl={anchor} open={anchor !== null} onClose={onClose}>
      {COLUMN_IDS.map((column, index) => {
        const visible = isColumnVisible(visibility, column);
        const locked = ALWAYS_VISIBLE.includes(column);
        return (
          <MenuItem
            key={column}
            role="menuitemcheckbox"
            aria-checked={visible}
            disabled={locked}
            dense
            // The line above "Reset columns"; MenuItem draws it, the entry does not carry Divider for it.
            divider={index === COLUMN_IDS.length - 1}
            onClick={() => onToggle(column, !visible)}
          >
            <ListItemIcon>
              <Checkbox checked={visible} size="small" sx={{ p: 0 }} tabIndex={-1} slotProps={{ input: { 'aria-hidden': true } }} />
            </ListItemIcon>
            <ListItemText primary={columnLabel(column)} />
          </MenuItem>
        );
      })}
      <MenuItem dense onClick={onReset}>
        <ListItemText inset primary={t('services.columns.reset')} />
      </MenuItem>
    </Menu>
  );
}
