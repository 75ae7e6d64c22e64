/**
 * A standing warning when the operator switched sign-in off for a live console
 * (CONSOLE_ALLOW_UNAUTHENTICATED=true): anyone who reaches it acts with the provider's credentials.
 */
import { useQuery } from '@tanstack/react-query';
import { consoleQueries } from '../api/queries';
import Alert from '@mui/material/Alert';
import { useT } from './messages';

export function UnauthenticatedBanner() {
  const { data } = useQuery(consoleQueries.info());
  const t = useT();
  if (!data?.unauthenticatedOverride) return null;
  return (
    <Alert severity="warning" sx={{ mb: 2 }}>
      {t('shell.unauthenticated')}
    </Alert>
  );
}
