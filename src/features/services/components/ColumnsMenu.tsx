/** "Columns" menu: show/hide columns (remembered per browser) and reset to the defaults. */
import { Suspense, useState } from 'react';
import Button from '@mui/material/Button';
import ViewColumnOutlined from '@mui/icons-material/ViewColumnOutlined';
import { lazyOnIdle } from '../../../components/lazyOnIdle';
import type { ColumnId } from '../columns';
import type { ColumnVisibility } from '../prefs';

export interface ColumnsMenuProps {
  visibility: ColumnVisibility;
  onToggle: (id: ColumnId, visible: boolean) => void;
  onReset: () => void;
}

const MENU_ID = 'services-columns-menu';

// Performance: the menu (MUI Menu, Popover, Modal, Checkbox) is loaded on idle or with the first opening.
const menu = lazyOnIdle(() => import('./ColumnsMenuList'));

export function ColumnsMenu(props: ColumnsMenuProps) {
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  // Stays mounted after its first opening, so it can play its closing transition.
  const [used, setUsed] = useState(false);
  menu.usePreloadOnIdle();
  const open = anchor !== null;
  return (
    <>
      <Button
        variant="outlined"
        startIcon={<ViewColumnOutlined />}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? MENU_ID : undefined}
        onClick={(event) => {
          setAnchor(event.currentTarget);
          setUsed(true);
        }}
      >
        Columns
      </Button>
      {used ? (
        <Suspense fallback={null}>
          <menu.Component id={MENU_ID} anchor={anchor} onClose={() => setAnchor(null)} {...props} />
        </Suspense>
      ) : null}
    </>
  );
}
