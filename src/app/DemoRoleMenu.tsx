/** The demo's role picker menu (SignedInUser holds its button). */
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import { useRoleLabel, type Role } from '../api/roles';

export interface DemoRoleMenuProps {
  id: string;
  anchor: HTMLElement | null;
  current: Role;
  onPick: (role: Role) => void;
  onClose: () => void;
}

const ROLES: readonly Role[] = ['viewer', 'onboarding', 'admin'];

export function DemoRoleMenu({ id, anchor, current, onPick, onClose }: DemoRoleMenuProps) {
  const roleLabel = useRoleLabel();
  return (
    <Menu id={id} anchorEl={anchor} open={anchor !== null} onClose={onClose}>
      {ROLES.map((role) => (
        <MenuItem key={role} role="menuitemradio" aria-checked={role === current} selected={role === current} onClick={() => onPick(role)}>
          {roleLabel(role)}
        </MenuItem>
      ))}
    </Menu>
  );
}
