import type { ReactNode } from 'react';
import CssBaseline from '@mui/material/CssBaseline';
import { ThemeProvider } from '@mui/material/styles';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { LiveUpdatesProvider } from '../api/LiveUpdatesProvider';
import { ToastProvider } from '../components/Toast';
import { COLOR_MODE_STORAGE_KEY, theme } from './theme';

export interface AppProvidersProps {
  queryClient: QueryClient;
  children: ReactNode;
}

/** Everything a page needs around it except the router (so tests can supply their own router). */
export function AppProviders({ queryClient, children }: AppProvidersProps) {
  return (
    <QueryClientProvider client={queryClient}>
      <ThemeProvider theme={theme} defaultMode="system" modeStorageKey={COLOR_MODE_STORAGE_KEY}>
        <CssBaseline enableColorScheme />
        <LiveUpdatesProvider>
          <ToastProvider>{children}</ToastProvider>
        </LiveUpdatesProvider>
      </ThemeProvider>
    </QueryClientProvider>
  );
}
