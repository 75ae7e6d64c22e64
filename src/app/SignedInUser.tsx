/**
 * Who is at the console and their role, in the app bar: the signed-in person (with "Sign out"),
 * the local operator, or in demo mode the demo operator with a switcher to try each role.
 */
import { useId, useState } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import LogoutOutlined from '@mui/icons-material/LogoutOutlined';
import { useQuery } from '@tanstack/react-query';
import { describeError } from '../api/error-words';
import { consoleQueries } from '../api/queries';
import { useRoleLabel, useSwitchDemoRole } from '../api/roles';
import { sessionQueries } from '../api/session-queries';
import { signOut } from '../api/session';
import { useToast } from '../components/Toast';
import { Hint as Tooltip } from '../components/Hint';
import { DemoRoleMenu } from './DemoRoleMenu';
import { useT } from './messages';

export function SignedInUser() {
  const { data: info } = useQuery(consoleQueries.info());
  const { data: user } = useQuery(sessionQueries.me());
  const [leaving, setLeaving] = useState(false);
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const menuId = useId();
  const switchRole = useSwitchDemoRole();
  const toast = useToast();
  const t = useT();
  const roleName = useRoleLabel();
  if (!user) return null;

  const label = user.name ?? user.email ?? t('shell.user.signedIn');
  const roleLabel = t('shell.user.role', { role: roleName(user.role) });
  const onSignOut = () => {
    setLeaving(true);
    signOut().catch((error: unknown) => {
      setLeaving(false);
      toast(error instanceof Error ? describeError(error).message : t('shell.user.signOutFailed'), { severity: 'error' });
    });
  };

  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, minWidth: 0 }}>
      <Tooltip title={user.email && user.email !== label ? user.email : ''}>
        <Typography variant="body2" noWrap sx={{ display: { xs: 'none', sm: 'block' }, maxWidth: 220 }}>
          {label}
        </Typography>
      </Tooltip>
      {info?.mode === 'demo' ? (
        <>
          <Button
            color="inherit"
            size="small"
            aria-haspopup="menu"
            aria-controls={anchor ? menuId : undefined}
            aria-expanded={anchor ? 'true' : undefined}
            onClick={(event) => setAnchor(event.currentTarget)}
          >
            {roleLabel}
          </Button>
          <DemoRoleMenu
            id={menuId}
            anchor={anchor}
            current={user.role}
            onPick={(role) => {
              setAnchor(null);
              void switchRole(role);
            }}
            onClose={() => setAnchor(null)}
          />
        </>
      ) : (
        <Typography variant="body2" noWrap>
          {roleLabel}
        </Typography>
      )}
      {user.signedIn ? (
        <Button color="inherit" size="small" startIcon={<LogoutOutlined />} onClick={onSignOut} disabled={leaving}>
          {t('shell.user.signOut')}
        </Button>
      ) : null}
    </Box>
  );
}
