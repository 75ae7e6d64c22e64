import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from '@tanstack/react-router';
import { AppProviders } from './AppProviders';
import { createQueryClient } from './query-client';
import { createAppRouter } from './router';
import { activateLocale } from '../i18n/catalogs';
import { storedLocale } from '../i18n/locale';

const queryClient = createQueryClient();
const router = createAppRouter({ queryClient });

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

const root = createRoot(container);
// English is in the entry; another remembered language is fetched before the first paint, so the
// page does not flash in English first. The transition lets React yield to the browser every few
// milliseconds while it draws the first screen, instead of one long task (docs/performance.md).
// The route is resolved first: resolved after mounting, the router's store update would draw the page
// synchronously (useSyncExternalStore ignores the transition), in one long task.
void Promise.all([activateLocale(storedLocale()), router.load()]).then(() =>
  startTransition(() => {
    root.render(
      <StrictMode>
        <AppProviders queryClient={queryClient}>
          <RouterProvider router={router} />
        </AppProviders>
      </StrictMode>,
    );
  }),
);
