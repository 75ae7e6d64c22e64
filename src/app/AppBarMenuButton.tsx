/**
 * An app-bar button that opens a menu (the theme and the language pickers): it names the current
 * choice in its label and tooltip, and tells assistive technology that it opens a menu and whether
 * the menu is open.
 */
import { useId, useState, type ReactNode } from 'react';
import IconButton from '@mui/material/IconButton';
import { Hint as Tooltip } from '../components/Hint';

export interface MenuControl {
  id: string;
  anchor: HTMLElement | null;
  close: () => void;
}

export function AppBarMenuButton({ label, icon, menu }: { label: string; icon: ReactNode; menu: (control: MenuControl) => ReactNode }) {
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const id = useId();
  return (
    <>
      <Tooltip title={label}>
        <IconButton
          color="inherit"
          aria-label={label}
          aria-haspopup="menu"
          aria-controls={anchor ? id : undefined}
          aria-expanded={anchor ? 'true' : undefined}
          onClick={(event) => setAnchor(event.currentTarget)}
        >
          {icon}
        </IconButton>
      </Tooltip>
      {menu({ id, anchor, close: () => setAnchor(null) })}
    </>
  );
}
