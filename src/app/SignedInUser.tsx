/**
 * Who is signed in, and "Sign out", in the app bar. Shown only when the server says staff sign-in
 * is on (/api/console/info `auth: 'oidc'`); without sign-in there is nobody to name.
 */
import { useState } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import LogoutOutlined from '@mui/icons-material/LogoutOutlined';
import { useQuery } from '@tanstack/react-query';
import { consoleQueries } from '../api/queries';
import { sessionQueries, signOut } from '../api/session';
import { useToast } from '../components/Toast';
import { LazyTooltip as Tooltip } from '../components/LazyTooltip';

export function SignedInUser() {
  const { data: info } = useQuery(consoleQueries.info());
  const signInOn = info?.auth === 'oidc';
  const { data: user } = useQuery({ ...sessionQueries.me(), enabled: signInOn });
  const [leaving, setLeaving] = useState(false);
  const toast = useToast();
  if (!signInOn || !user) return null;

  const label = user.name ?? user.email ?? 'Signed in';
  const onSignOut = () => {
    setLeaving(true);
    signOut().catch((error: unknown) => {
      setLeaving(false);
      toast(error instanceof Error ? error.message : 'Sign-out failed.', { severity: 'error' });
    });
  };

  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, minWidth: 0 }}>
      <Tooltip title={user.email && user.email !== label ? user.email : ''}>
        <Typography variant="body2" noWrap sx={{ display: { xs: 'none', sm: 'block' }, maxWidth: 220 }}>
          {label}
        </Typography>
      </Tooltip>
      <Button color="inherit" size="small" startIcon={<LogoutOutlined />} onClick={onSignOut} disabled={leaving}>
        Sign out
      </Button>
    </Box>
  );
}
