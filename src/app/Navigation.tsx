/**
 * The main navigation: a list of links drawn like MUI's ListItemButton/ListItemIcon/ListItemText
 * (same spacing, typography, hover and selected colours) with plain elements, so the shell does not
 * load the List family for a few links.
 */
import type { ReactElement } from 'react';
import { styled } from '@mui/material/styles';
import MonitorHeartOutlined from '@mui/icons-material/MonitorHeartOutlined';
import PersonAddAltOutlined from '@mui/icons-material/PersonAddAltOutlined';
import ReceiptLongOutlined from '@mui/icons-material/ReceiptLongOutlined';
import ViewListOutlined from '@mui/icons-material/ViewListOutlined';
import { createLink } from '@tanstack/react-router';
import { useRoleAccess, type Role } from '../api/roles';

interface NavItem {
  to: '/' | '/health' | '/customers/new' | '/audit';
  label: string;
  icon: ReactElement;
  /** '/' would otherwise be "active" on every page. */
  exact: boolean;
  /** Shown only to this role and above (the server refuses the rest anyway). */
  needs?: Role;
  /** Hidden until the role is known (the audit trail is not even named to others). */
  onlyWhenKnown?: boolean;
}

const ITEMS: NavItem[] = [
  { to: '/', label: 'Services', icon: <ViewListOutlined />, exact: true },
  { to: '/health', label: 'Health', icon: <MonitorHeartOutlined />, exact: false },
  { to: '/customers/new', label: 'New Essentials customer', icon: <PersonAddAltOutlined />, exact: false, needs: 'onboarding' },
  { to: '/audit', label: 'Audit trail', icon: <ReceiptLongOutlined />, exact: false, needs: 'admin', onlyWhenKnown: true },
];

const List = styled('ul')({ listStyle: 'none', margin: 0, padding: '8px 0' });

const NavAnchor = styled('a')(({ theme }) => {
  const vars = theme.vars ?? theme;
  return {
    display: 'flex',
    alignItems: 'center',
    padding: '8px 16px',
    color: vars.palette.text.primary,
    textDecoration: 'none',
    ...theme.typography.body1,
    transition: theme.transitions.create('background-color', { duration: theme.transitions.duration.shortest }),
    '&:hover': { backgroundColor: vars.palette.action.hover },
    // The keyboard focus ring every ButtonBase gets from the theme.
    '&:focus-visible': { backgroundColor: vars.palette.action.focus, outline: '2px solid currentColor', outlineOffset: 2 },
    // Style the current page from the same attribute assistive technology reads.
    '&[aria-current="page"]': {
      backgroundColor: vars.palette.action.selected,
      fontWeight: theme.typography.fontWeightBold,
      boxShadow: `inset 4px 0 0 ${vars.palette.primary.main}`,
    },
    // ListItemIcon's 36 px column: a 24 px icon and 12 px to the text.
    '& > svg': { flexShrink: 0, marginRight: 12, color: vars.palette.action.active, fontSize: '1.5rem', width: '1em', height: '1em' },
    // ListItemText's primary Typography (body1, so not bold on the current page either).
    '& > span': { flex: '1 1 auto', minWidth: 0, margin: '4px 0', ...theme.typography.body1 },
  };
});

const NavLink = createLink(NavAnchor);

export interface NavigationProps {
  /** Called after a link is followed (the mobile drawer closes itself). */
  onNavigate?: () => void;
}

/** TanStack's Link marks the current page with aria-current="page". */
export function Navigation({ onNavigate }: NavigationProps) {
  const access = useRoleAccess();
  return (
    <nav aria-label="Main">
      <List>
        {ITEMS.filter((item) => !item.needs || (access.can(item.needs) && (!item.onlyWhenKnown || access.role !== undefined))).map((item) => (
          <li key={item.to}>
            <NavLink to={item.to} activeOptions={{ exact: item.exact, includeSearch: false }} onClick={onNavigate}>
              {item.icon}
              <span>{item.label}</span>
            </NavLink>
          </li>
        ))}
      </List>
    </nav>
  );
}
