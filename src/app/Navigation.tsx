/**
 * The main navigation: MUI list items that are router links (`nav > ul > li > a`, with
 * aria-current="page" on the current one).
 */
import type { ReactElement } from 'react';
import List from '@mui/material/List';
import ListItemButton, { type ListItemButtonProps } from '@mui/material/ListItemButton';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import type { Theme } from '@mui/material/styles';
import MonitorHeartOutlined from '@mui/icons-material/MonitorHeartOutlined';
import PersonAddAltOutlined from '@mui/icons-material/PersonAddAltOutlined';
import ReceiptLongOutlined from '@mui/icons-material/ReceiptLongOutlined';
import ViewListOutlined from '@mui/icons-material/ViewListOutlined';
import { createLink } from '@tanstack/react-router';
import { useRoleAccess, type Role } from '../api/roles';
import { useT } from './messages';

interface NavItem {
  to: '/' | '/health' | '/customers/new' | '/audit';
  label: 'shell.nav.services' | 'shell.nav.health' | 'shell.nav.newCustomer' | 'shell.nav.audit';
  icon: ReactElement;
  /** '/' would otherwise be "active" on every page. */
  exact: boolean;
  /** Shown only to this role and above (the server refuses the rest anyway). */
  needs?: Role;
  /** Hidden until the role is known (the audit trail is not even named to others). */
  onlyWhenKnown?: boolean;
}

const ITEMS: NavItem[] = [
  { to: '/', label: 'shell.nav.services', icon: <ViewListOutlined />, exact: true },
  { to: '/health', label: 'shell.nav.health', icon: <MonitorHeartOutlined />, exact: false },
  { to: '/customers/new', label: 'shell.nav.newCustomer', icon: <PersonAddAltOutlined />, exact: false, needs: 'onboarding' },
  { to: '/audit', label: 'shell.nav.audit', icon: <ReceiptLongOutlined />, exact: false, needs: 'admin', onlyWhenKnown: true },
];

function ListItemAnchor(props: ListItemButtonProps<'a'>) {
  return <ListItemButton component="a" {...props} />;
}

const NavLink = createLink(ListItemAnchor);

// Style the current page from the same attribute assistive technology reads.
const currentPageSx = (theme: Theme) => {
  const vars = theme.vars ?? theme;
  return { '&[aria-current="page"]': { backgroundColor: vars.palette.action.selected, boxShadow: `inset 4px 0 0 ${vars.palette.primary.main}` } };
};

export interface NavigationProps {
  /** Called after a link is followed (the mobile drawer closes itself). */
  onNavigate?: () => void;
}

/** TanStack's Link marks the current page with aria-current="page". */
export function Navigation({ onNavigate }: NavigationProps) {
  const access = useRoleAccess();
  const t = useT();
  return (
    <nav aria-label={t('shell.nav.label')}>
      <List>
        {ITEMS.filter((item) => !item.needs || (access.can(item.needs) && (!item.onlyWhenKnown || access.role !== undefined))).map((item) => (
          <li key={item.to}>
            <NavLink to={item.to} activeOptions={{ exact: item.exact, includeSearch: false }} onClick={onNavigate} sx={currentPageSx}>
              <ListItemIcon>{item.icon}</ListItemIcon>
              <ListItemText primary={t(item.label)} />
            </NavLink>
          </li>
        ))}
      </List>
    </nav>
  );
}
