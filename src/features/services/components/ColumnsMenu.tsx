/** "Columns" menu: show/hide columns (remembered per browser) and reset to the defaults. */
import { useState } from 'react';
import Button from '@mui/material/Button';
import ViewColumnOutlined from '@mui/icons-material/ViewColumnOutlined';
import type { ColumnId } from '../columns';
import type { ColumnVisibility } from '../prefs';
import { ColumnsMenuList } from './ColumnsMenuList';
import { t } from '../messages';

export interface ColumnsMenuProps {
  visibility: ColumnVisibility;
  onToggle: (id: ColumnId, visible: boolean) => void;
  onReset: () => void;
}

const MENU_ID = 'services-columns-menu';

export function ColumnsMenu(props: ColumnsMenuProps) {
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
        {t('services.columns')}
      </Button>
      <ColumnsMenuList id={MENU_ID} anchor={anchor} onClose={() => setAnchor(null)} {...props} />
    </>
  );
}
