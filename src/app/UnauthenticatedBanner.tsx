/**
 * A standing warning when the operator switched sign-in off for a live console
 * (CONSOLE_ALLOW_UNAUTHENTICATED=true): anyone who reaches it acts with the provider's credentials.
 */
import { useQuery } from '@tanstack/react-query';
import { consoleQueries } from '../api/queries';
import Alert from '@mui/material/Alert';

export function UnauthenticatedBanner() {
  const { data } = useQuery(consoleQueries.info());
  if (!data?.unauthenticatedOverride) return null;
  return (
    <Alert severity="warning" sx={{ mb: 2 }}>
      Sign-in is switched off: anyone who can reach this console can read, create and delete every customer with the service
      provider&apos;s credentials. Configure staff sign-in (CONSOLE_OIDC_*) to close it.
    </Alert>
  );
}
