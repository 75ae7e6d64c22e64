/**
 * System / Light / Dark picker. A menu of radio items (not a cycling button) so the current choice
 * and the options are announced, and "System" stays reachable after picking a fixed mode.
 */
import { Suspense, useId, useState } from 'react';
import IconButton from '@mui/material/IconButton';
import { useColorScheme } from '@mui/material/styles';
import { LazyTooltip as Tooltip } from '../components/LazyTooltip';
import { lazyOnIdle } from '../components/lazyOnIdle';
import { COLOR_MODE_OPTIONS } from './color-mode-options';

// Performance: the menu (MUI Menu, Popover, Modal) is loaded on idle or with the first opening.
const menu = lazyOnIdle(() => import('./ColorModeMenu'));

export function ColorModeToggle() {
  const { mode, setMode } = useColorScheme();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  // Stays mounted after its first opening, so it can play its closing transition.
  const [menuUsed, setMenuUsed] = useState(false);
  const menuId = useId();
  menu.usePreloadOnIdle();
  const current = COLOR_MODE_OPTIONS.find((option) => option.mode === mode) ?? COLOR_MODE_OPTIONS[0];
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
          onClick={(event) => {
            setAnchor(event.currentTarget);
            setMenuUsed(true);
          }}
        >
          {current.icon}
        </IconButton>
      </Tooltip>
      {menuUsed ? (
        <Suspense fallback={null}>
          <menu.Component
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
        </Suspense>
      ) : null}
    </>
  );
}
