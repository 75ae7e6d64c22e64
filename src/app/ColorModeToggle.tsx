/**
 * System / Light / Dark picker. A menu of radio items (not a cycling button) so the current choice
 * and the options are announced, and "System" stays reachable after picking a fixed mode.
 */
import { useId, useState } from 'react';
import IconButton from '@mui/material/IconButton';
import { useColorScheme } from '@mui/material/styles';
import { Hint as Tooltip } from '../components/Hint';
import { COLOR_MODE_OPTIONS } from './color-mode-options';
import { ColorModeMenu } from './ColorModeMenu';
import { useT } from './messages';

export function ColorModeToggle() {
  const { mode, setMode } = useColorScheme();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const menuId = useId();
  const t = useT();
  const current = COLOR_MODE_OPTIONS.find((option) => option.mode === mode) ?? COLOR_MODE_OPTIONS[0];
  if (!current) return null;

  const label = t('shell.theme.label', { mode: t(current.label) });
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
      <ColorModeMenu
        id={menuId}
        anchor={anchor}
        options={COLOR_MODE_OPTIONS}
        current={current.mode}
        onPick={(picked) => {
          setMode(picked);
          setAnchor(null);
        }}
        onClose={() => setAnchor(null)}
      />
    </>
  );
}
