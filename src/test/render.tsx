/**
 * Render helpers for tests: the app's real providers (theme, QueryClient) around a memory-history
 * router, so pages and components behave as in the browser.
 *
 *   // A page at its real route, inside the shell (layout, search validation, titles):
 *   const { router, user } = await renderRoute('/?license=1,2&sort=-licenseType');
 *   expect(screen.getByRole('heading', { level: 1, name: 'Services' })).toBeVisible();
 *   await user.click(screen.getByRole('link', { name: 'Health' }));
 *   expect(router.state.location.pathname).toBe('/health');
 *
 *   // A component that needs react-query / theme / <RouterLink>, without the shell:
 *   const { user } = await renderWithProviders(<CustomerTable rows={rows} />);
 *
 * Both create a fresh QueryClient with retries off (errors surface at once); pass `queryClient`
 * to seed data (`queryClient.setQueryData(...)`) or to inspect the cache afterwards.
 * Network: start msw in the test file, e.g.
 *   const server = setupServer(...createHandlers(createStore()));
 *   beforeAll(() => server.listen({ onUnhandledRequest: 'error' })); afterEach(() => server.resetHandlers());
 *   afterAll(() => server.close());
 */
import type { ReactElement } from 'react';
import { QueryClient } from '@tanstack/react-query';
import {
  createMemoryHistory,
  createRootRoute,
  createRouter,
  RouterProvider,
  type AnyRouter,
} from '@tanstack/react-router';
import { act, render, type RenderResult } from '@testing-library/react';
import { afterEach } from 'vitest';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { AppProviders } from '../app/AppProviders';
import { createAppRouter, type AppRouter } from '../app/router';

// jsdom does not implement scrolling; the router's scroll restoration calls it on every navigation.
if (typeof window !== 'undefined') window.scrollTo = () => {};

/** Like the app's client (src/app/query-client.ts) but never retries and never refetches on focus. */
export function createTestQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: false, staleTime: 30_000, refetchOnWindowFocus: false },
      mutations: { retry: false },
    },
  });
}

/**
 * On mount the router may rewrite the URL to its canonical form (e.g. dropping invalid params) and
 * load again; let that finish inside act() so tests start from a quiet, fully rendered page.
 */
async function settle(router: AnyRouter): Promise<void> {
  await act(async () => {
    for (let tick = 0; tick < 50; tick += 1) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      if (router.state.status === 'idle' && !router.state.isLoading) return;
    }
  });
}

export interface RenderOptions {
  queryClient?: QueryClient;
}

export interface RenderRouteResult extends RenderResult {
  router: AppRouter;
  queryClient: QueryClient;
  user: UserEvent;
}

const mounted = new Set<AnyRouter>();

/**
 * A navigation a test started last (Enter on a row, a link) may still be loading its lazy chunk
 * when the test ends; on a busy machine it then finished after the file's jsdom was torn down and
 * failed the run with "window is not defined". Each test's routers are let finish first (this hook
 * runs before Testing Library's cleanup, which was registered earlier).
 */
afterEach(async () => {
  for (const router of mounted) {
    for (let waited = 0; waited < 5000 && (router.state.status !== 'idle' || router.state.isLoading); waited += 10) {
      await act(() => new Promise((resolve) => setTimeout(resolve, 10)));
    }
  }
  mounted.clear();
});

/** Mounts a router inside the app's providers, once its lazy chunks and loaders have loaded. */
async function mountRouter(router: Parameters<typeof RouterProvider>[0]['router'], queryClient: QueryClient) {
  mounted.add(router);
  // Load lazy page chunks and loaders first so the first render already shows the page.
  await router.load();
  const user = userEvent.setup();
  const result = render(
    <AppProviders queryClient={queryClient}>
      <RouterProvider router={router} />
    </AppProviders>,
  );
  await settle(router);
  return { ...result, user };
}

/** Renders the whole app at `url` (path + optional ?search). Resolves once the route has loaded. */
export async function renderRoute(url = '/', options: RenderOptions = {}): Promise<RenderRouteResult> {
  const queryClient = options.queryClient ?? createTestQueryClient();
  const router = createAppRouter({ queryClient, history: createMemoryHistory({ initialEntries: [url] }) });
  const mounted = await mountRouter(router, queryClient);
  return { ...mounted, router, queryClient };
}

export interface RenderWithProvidersResult extends RenderResult {
  queryClient: QueryClient;
  user: UserEvent;
}

/**
 * Renders `ui` as the only content of a one-route router at `url` (default '/'), so Links and
 * useNavigate work. For components that read a specific route (getRouteApi), use renderRoute.
 */
export async function renderWithProviders(
  ui: ReactElement,
  options: RenderOptions & { url?: string } = {},
): Promise<RenderWithProvidersResult> {
  const queryClient = options.queryClient ?? createTestQueryClient();
  const rootRoute = createRootRoute({ component: () => ui });
  const router = createRouter({
    routeTree: rootRoute,
    history: createMemoryHistory({ initialEntries: [options.url ?? '/'] }),
  });
  return { ...(await mountRouter(router, queryClient)), queryClient };
}
