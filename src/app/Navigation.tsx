import type { ReactElement } from 'react';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import MonitorHeartOutlined from '@mui/icons-material/MonitorHeartOutlined';
import PersonAddAltOutlined from '@mui/icons-material/PersonAddAltOutlined';
import ViewListOutlined from '@mui/icons-material/ViewListOutlined';
import { RouterListItemButton } from '../components/RouterLink';

interface NavItem {
  to: '/' | '/health' | '/customers/new';
  label: string;
  icon: ReactElement;
  /** '/' would otherwise be "active" on every page. */
  exact: boolean;
}

const ITEMS: NavItem[] = [
  { to: '/', label: 'Services', icon: <ViewListOutlined />, exact: true },
  { to: '/health', label: 'Health', icon: <MonitorHeartOutlined />, exact: false },
  { to: '/customers/new', label: 'New Essentials customer', icon: <PersonAddAltOutlined />, exact: false },
];

export interface NavigationProps {
  /** Called after a link is followed (the mobile drawer closes itself). */
  onNavigate?: () => void;
}

/** The main navigation. TanStack's Link marks the current page with aria-current="page". */
export function Navigation({ onNavigate }: NavigationProps) {
  return (
    <nav aria-label="Main">
      <List>
        {ITEMS.map((item) => (
          <ListItem key={item.to} disablePadding>
            <RouterListItemButton
              to={item.to}
              activeOptions={{ exact: item.exact, includeSearch: false }}
              onClick={onNavigate}
              sx={{
                // Style the current page from the same attribute assistive technology reads.
                '&[aria-current="page"]': {
                  bgcolor: 'action.selected',
                  fontWeight: 'fontWeightBold',
                  boxShadow: (theme) => `inset 4px 0 0 ${(theme.vars ?? theme).palette.primary.main}`,
                },
              }}
            >
              <ListItemIcon>{item.icon}</ListItemIcon>
              <ListItemText primary={item.label} />
            </RouterListItemButton>
          </ListItem>
        ))}
      </List>
    </nav>
  );
}
