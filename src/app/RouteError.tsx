/**
 * Error boundary content for a route (router `defaultErrorComponent`): the page failed to render or
 * its loader threw. The shell stays usable; the person can retry or go back to the services list.
 */
import { useEffect } from 'react';
import Button from '@mui/material/Button';
import Box from '@mui/material/Box';
import ArrowBackOutlined from '@mui/icons-material/ArrowBackOutlined';
import RefreshOutlined from '@mui/icons-material/RefreshOutlined';
import { useQueryErrorResetBoundary } from '@tanstack/react-query';
import { useRouter, type ErrorComponentProps } from '@tanstack/react-router';
import { ErrorPanel } from '../components/ErrorPanel';
import { PageHeader } from '../components/PageHeader';
import { RouterButton } from '../components/RouterButton';
import { useT } from './messages';
import { PRODUCT_NAME } from './theme';

export function RouteError({ error, reset }: ErrorComponentProps) {
  const router = useRouter();
  const queryErrorReset = useQueryErrorResetBoundary();
  const t = useT();

  // A suspense query that threw stays "errored" until its boundary is reset; reset it on mount so
  // "Try again" actually refetches (TanStack Router + Query integration guidance).
  useEffect(() => {
    queryErrorReset.reset();
  }, [queryErrorReset]);

  const tryAgain = () => {
    reset();
    // Re-runs loaders too, for errors that came from a loader rather than from rendering.
    void router.invalidate();
  };

  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 2 }}>
      <title>{t('shell.title.page', { page: t('shell.routeError.title'), product: PRODUCT_NAME })}</title>
      <PageHeader title={t('shell.routeError.heading')} />
      <ErrorPanel error={error} title={t('shell.routeError.title')} />
      <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap' }}>
        <Button variant="contained" startIcon={<RefreshOutlined />} onClick={tryAgain}>
          {t('shell.routeError.retry')}
        </Button>
        <RouterButton to="/" variant="outlined" startIcon={<ArrowBackOutlined />}>
          {t('shell.routeError.back')}
        </RouterButton>
      </Box>
    </Box>
  );
}
