/**
 * Route table (code-based). Each route's critical half lives here (path, search validation, title).
 * The services page (`/`, the landing page) is imported statically, so it is part of the entry chunk
 * and `/` needs no second round trip; every other page component is loaded lazily from
 * routes/*.lazy.tsx, so each of them is its own chunk.
 *
 * Feature pages never import this file. They use the route ids with TanStack's typed APIs:
 *   const route = getRouteApi('/customers/$guid');   // ids: '/', '/health', '/customers/new', '/customers/$guid', '/customers/$guid/sip/$siteId', '/audit'
 *   const { guid } = route.useParams();
 *   const search = route.useSearch();                // validated, defaults filled in
 *   const navigate = route.useNavigate();
 *   navigate({ search: (prev) => ({ ...prev, license: [1, 2] }), replace: true });
 */
import type { QueryClient } from '@tanstack/react-query';
import {
  createRootRouteWithContext,
  createRoute,
  createRouter,
  stripSearchParams,
  type RouterHistory,
} from '@tanstack/react-router';
import { snapshotQueries } from '../api/queries';
import { auditSearchDefaults, auditSearchSchema } from '../features/audit/search';
import { customerSearchSchema } from '../features/customer/search';
import { sipSearchDefaults, sipSearchSchema } from '../features/customer/sip/search';
import { healthSearchDefaults, healthSearchSchema } from '../features/health/search';
import { onboardingSearchSchema } from '../features/onboarding/search';
import { ServicesPage } from '../features/services/ServicesPage';
import { servicesSearchDefaults, servicesSearchSchema } from '../features/services/search';
import { NotFoundPage } from './NotFoundPage';
import { PendingBar } from './PendingBar';
import { RootLayout } from './RootLayout';
import { RouteError } from './RouteError';
import { parseSearch, stringifySearch } from './search-serialization';
import { t } from './messages';
import { PRODUCT_NAME } from './theme';

/** Available to every route's `loader`/`beforeLoad` as `context` (e.g. to prefetch queries). */
export interface RouterContext {
  queryClient: QueryClient;
}

// Read when the route is entered, and again when the language changes (LanguageToggle invalidates the router).
const title = (page: string) => ({ meta: [{ title: t('shell.title.page', { page, product: PRODUCT_NAME }) }] });

/** A fresh route tree per call, so each test gets an isolated router. */
function createRouteTree() {
  const rootRoute = createRootRouteWithContext<RouterContext>()({
    component: RootLayout,
    head: () => ({ meta: [{ title: PRODUCT_NAME }] }),
    notFoundComponent: NotFoundPage,
  });

  const servicesRoute = createRoute({
    getParentRoute: () => rootRoute,
    path: '/',
    validateSearch: servicesSearchSchema,
    // Keep URLs short: a param at its default is the same as no param.
    search: { middlewares: [stripSearchParams(servicesSearchDefaults)] },
    head: () => title(t('shell.nav.services')),
    // Performance: start the services list (megabytes at 50,000 customers) while the page's chunk
    // is still loading, instead of after it has rendered. Not awaited: the page shows its skeleton
    // meanwhile. Only on entering the page: not on hover preloads (a large download nobody asked
    // for yet), nor on its own search changes while typing. Fresh data is not fetched again.
    loader: ({ context, cause }) => {
      if (cause === 'enter') void context.queryClient.prefetchQuery(snapshotQueries.services());
    },
    component: ServicesPage,
  });

  const healthRoute = createRoute({
    getParentRoute: () => rootRoute,
    path: '/health',
    validateSearch: healthSearchSchema,
    search: { middlewares: [stripSearchParams(healthSearchDefaults)] },
    head: () => title(t('shell.nav.health')),
  }).lazy(() => import('./routes/health.lazy').then((m) => m.Route));

  // Declared before `$guid` for readability; the router ranks static segments first anyway.
  const onboardingRoute = createRoute({
    getParentRoute: () => rootRoute,
    path: '/customers/new',
    validateSearch: onboardingSearchSchema,
    head: () => title(t('shell.nav.newCustomer')),
  }).lazy(() => import('./routes/onboarding.lazy').then((m) => m.Route));

  const customerRoute = createRoute({
    getParentRoute: () => rootRoute,
    path: '/customers/$guid',
    validateSearch: customerSearchSchema,
    head: () => title(t('shell.title.customer')),
  }).lazy(() => import('./routes/customer.lazy').then((m) => m.Route));

  const sipConnectionRoute = createRoute({
    getParentRoute: () => rootRoute,
    path: '/customers/$guid/sip/$siteId',
    validateSearch: sipSearchSchema,
    search: { middlewares: [stripSearchParams(sipSearchDefaults)] },
    head: () => title(t('shell.title.sipConnection')),
  }).lazy(() => import('./routes/sip-connection.lazy').then((m) => m.Route));

  // Administrators only (the server refuses the trail to anyone else); filters live in the URL.
  const auditRoute = createRoute({
    getParentRoute: () => rootRoute,
    path: '/audit',
    validateSearch: auditSearchSchema,
    search: { middlewares: [stripSearchParams(auditSearchDefaults)] },
    head: () => title(t('shell.nav.audit')),
  }).lazy(() => import('./routes/audit.lazy').then((m) => m.Route));

  return rootRoute.addChildren([servicesRoute, healthRoute, onboardingRoute, customerRoute, sipConnectionRoute, auditRoute]);
}

export interface CreateAppRouterOptions {
  queryClient: QueryClient;
  /** Defaults to browser history; tests pass createMemoryHistory(). */
  history?: RouterHistory;
}

export function createAppRouter({ queryClient, history }: CreateAppRouterOptions) {
  return createRouter({
    routeTree: createRouteTree(),
    context: { queryClient },
    history,
    parseSearch,
    stringifySearch,
    // Start loading a page's chunk (and loader) when the pointer rests on / focuses a link.
    defaultPreload: 'intent',
    // Loaders should always run and let react-query decide freshness (its staleTime is the truth).
    defaultPreloadStaleTime: 0,
    defaultPendingComponent: PendingBar,
    defaultErrorComponent: RouteError,
    defaultNotFoundComponent: NotFoundPage,
    scrollRestoration: true,
  });
}

export type AppRouter = ReturnType<typeof createAppRouter>;

declare module '@tanstack/react-router' {
  interface Register {
    router: AppRouter;
  }
}
