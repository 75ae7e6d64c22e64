/**
 * System / Light / Dark picker. A menu of radio items (not a cycling button) so the current choice
 * and the options are announced, and "System" stays reachable after picking a fixed mode.
 */
import { useId, useState, type ReactElement } from 'react';
import IconButton from '@mui/material/IconButton';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import Tooltip from '@mui/material/Tooltip';
import { useColorScheme } from '@mui/material/styles';
import DarkModeOutlined from '@mui/icons-material/DarkModeOutlined';
import LightModeOutlined from '@mui/icons-material/LightModeOutlined';
import SettingsBrightness from '@mui/icons-material/SettingsBrightness';

type Mode = 'system' | 'light' | 'dark';

const OPTIONS: { mode: Mode; label: string; icon: ReactElement }[] = [
  { mode: 'system', label: 'System', icon: <SettingsBrightness fontSize="small" /> },
  { mode: 'light', label: 'Light', icon: <LightModeOutlined fontSize="small" /> },
  { mode: 'dark', label: 'Dark', icon: <DarkModeOutlined fontSize="small" /> },
];

export function ColorModeToggle() {
  const { mode, setMode } = useColorScheme();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const menuId = useId();
  const current = OPTIONS.find((option) => option.mode === mode) ?? OPTIONS[0];
  if (!current) return null;

  const label = `Theme: ${current.label}`;
  return (
    <>
      <Tooltip title={label}>
        <IconButton
          color="inherit"
          aria-label={label}
          aria-haspopup="menu"
          aria-controls={anchor ? menuId : undefined}
          aria-expanded={anchor ? 'true' : undefined}
          onClick={(event) => setAnchor(event.currentTarget)}
        >
          {current.icon}
        </IconButton>
      </Tooltip>
      <Menu id={menuId} anchorEl={anchor} open={anchor !== null} onClose={() => setAnchor(null)}>
        {OPTIONS.map((option) => (
          <MenuItem
            key={option.mode}
            role="menuitemradio"
            aria-checked={option.mode === current.mode}
            selected={option.mode === current.mode}
            onClick={() => {
              setMode(option.mode);
              setAnchor(null);
            }}
          >
            <ListItemIcon>{option.icon}</ListItemIcon>
            <ListItemText>{option.label}</ListItemText>
          </MenuItem>
        ))}
      </Menu>
    </>
  );
}
