/** The theme picker's menu (ColorModeToggle holds its button). */
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import type { ColorModeOption, Mode } from './color-mode-options';
import { useT } from './messages';

export interface ColorModeMenuProps {
  id: string;
  anchor: HTMLElement | null;
  options: readonly ColorModeOption[];
  current: Mode;
  onPick: (mode: Mode) => void;
  onClose: () => void;
}

export function ColorModeMenu({ id, anchor, options, current, onPick, onClose }: ColorModeMenuProps) {
  const t = useT();
  return (
    <Menu id={id} anchorEl={anchor} open={anchor !== null} onClose={onClose}>
      {options.map((option) => (
        <MenuItem
          key={option.mode}
          role="menuitemradio"
          aria-checked={option.mode === current}
          selected={option.mode === current}
          onClick={() => onPick(option.mode)}
        >
          <ListItemIcon>{option.icon}</ListItemIcon>
          <ListItemText>{t(option.label)}</ListItemText>
        </MenuItem>
      ))}
    </Menu>
  );
}
