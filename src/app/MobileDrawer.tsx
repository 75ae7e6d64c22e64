/** The temporary navigation drawer of small screens, behind the app bar's menu button (RootLayout). */
import Drawer from '@mui/material/Drawer';
import { Navigation } from './Navigation';

export interface MobileDrawerProps {
  id: string;
  width: number;
  open: boolean;
  onClose: () => void;
}

export function MobileDrawer({ id, width, open, onClose }: MobileDrawerProps) {
  return (
    <Drawer
      id={id}
      variant="temporary"
      open={open}
      onClose={onClose}
      sx={{ display: { xs: 'block', md: 'none' }, '& .MuiDrawer-paper': { width } }}
    >
      <Navigation onNavigate={onClose} />
    </Drawer>
  );
}
