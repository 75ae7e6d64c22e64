/** "Columns" menu: show/hide columns (remembered per browser) and reset to the defaults. */
import { useState } from 'react';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import Divider from '@mui/material/Divider';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import ViewColumnOutlined from '@mui/icons-material/ViewColumnOutlined';
import { ALWAYS_VISIBLE, COLUMN_IDS, COLUMN_LABELS, type ColumnId } from '../columns';
import { isColumnVisible, type ColumnVisibility } from '../prefs';

export interface ColumnsMenuProps {
  visibility: ColumnVisibility;
  onToggle: (id: ColumnId, visible: boolean) => void;
  onReset: () => void;
}

const MENU_ID = 'services-columns-menu';

export function ColumnsMenu({ visibility, onToggle, onReset }: ColumnsMenuProps) {
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const open = anchor !== null;
  return (
    <>
      <Button
        variant="outlined"
        startIcon={<ViewColumnOutlined />}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? MENU_ID : undefined}
        onClick={(event) => setAnchor(event.currentTarget)}
      >
        Columns
      </Button>
      <Menu id={MENU_ID} anchorEl={anchor} open={open} onClose={() => setAnchor(null)}>
        {COLUMN_IDS.map((id) => {
          const visible = isColumnVisible(visibility, id);
          const locked = ALWAYS_VISIBLE.includes(id);
          return (
            <MenuItem
              key={id}
              role="menuitemcheckbox"
              aria-checked={visible}
              disabled={locked}
              dense
              onClick={() => onToggle(id, !visible)}
            >
              <ListItemIcon>
                <Checkbox checked={visible} size="small" sx={{ p: 0 }} tabIndex={-1} slotProps={{ input: { 'aria-hidden': true } }} />
              </ListItemIcon>
              <ListItemText primary={COLUMN_LABELS[id]} />
            </MenuItem>
          );
        })}
        <Divider />
        <MenuItem dense onClick={onReset}>
          <ListItemText inset primary="Reset columns" />
        </MenuItem>
      </Menu>
    </>
  );
}
