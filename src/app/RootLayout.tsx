/**
 * The frame around every page: app bar, navigation (permanent drawer from md up, a temporary
 * drawer behind a menu button below), skip link and the <main> landmark the page renders into.
 */
import { Suspense, useEffect, useState } from 'react';
import Box from '@mui/material/Box';
import IconButton from '@mui/material/IconButton';
import Typography from '@mui/material/Typography';
import MenuIcon from '@mui/icons-material/Menu';
import { HeadContent, Outlet } from '@tanstack/react-router';
import { preloadErrorPanel } from '../components/ErrorPanel';
import { preloadAlert } from '../components/LazyAlert';
import { lazyOnIdle } from '../components/lazyOnIdle';
import { loadOnIdle } from '../components/loadOnIdle';
import { preloadSnackbar } from '../components/LazySnackbar';
import { AppHeader, ToolbarRow } from './AppHeader';
import { ColorModeToggle } from './ColorModeToggle';
import { DemoBadge } from './DemoBadge';
import { DockedDrawer } from './DockedDrawer';
import { Navigation } from './Navigation';
import { SignedInUser } from './SignedInUser';
import { MAIN_CONTENT_ID, SkipLink } from './SkipLink';
import { PRODUCT_NAME } from './theme';
import { UnauthenticatedBanner } from './UnauthenticatedBanner';

const DRAWER_WIDTH = 248;
const MOBILE_NAV_ID = 'mobile-navigation';

// Performance: the temporary drawer (MUI Drawer, Modal, Slide) is loaded on idle or with its first opening.
const mobileDrawer = lazyOnIdle(() => import('./MobileDrawer'));

export function RootLayout() {
  const [mobileOpen, setMobileOpen] = useState(false);
  // Stays mounted after its first opening, so it can play its closing transition.
  const [mobileUsed, setMobileUsed] = useState(false);
  const closeMobile = () => setMobileOpen(false);
  mobileDrawer.usePreloadOnIdle();
  // Alerts, error panels and snackbars appear only later (errors, confirmations): fetched now, ready by then.
  useEffect(() => loadOnIdle(() => Promise.all([preloadAlert(), preloadSnackbar(), preloadErrorPanel()])), []);

  return (
    <Box sx={{ display: 'flex', minHeight: '100vh' }}>
      {/* Route `head` titles ("Services · Live Platform Console"). */}
      <HeadContent />
      <SkipLink />
      <AppHeader
        // Above the permanent drawer (clipped under the bar) on desktop only: on small screens the
        // temporary drawer must cover the bar.
        sx={(theme) => ({ [theme.breakpoints.up('md')]: { zIndex: theme.zIndex.drawer + 1 } })}
      >
        <ToolbarRow sx={{ gap: 1 }}>
          <IconButton
            color="inherit"
            edge="start"
            aria-label="Open navigation"
            aria-controls={MOBILE_NAV_ID}
            aria-expanded={mobileOpen}
            onClick={() => {
              setMobileOpen(true);
              setMobileUsed(true);
            }}
            sx={{ display: { md: 'none' } }}
          >
            <MenuIcon />
          </IconButton>
          <Typography variant="h6" component="span" noWrap sx={{ minWidth: 0 }}>
            {PRODUCT_NAME}
          </Typography>
          <DemoBadge />
          <Box sx={{ flexGrow: 1 }} />
          <SignedInUser />
          <ColorModeToggle />
        </ToolbarRow>
      </AppHeader>

      {mobileUsed ? (
        <Suspense fallback={null}>
          <mobileDrawer.Component id={MOBILE_NAV_ID} width={DRAWER_WIDTH} open={mobileOpen} onClose={closeMobile} />
        </Suspense>
      ) : null}
      <DockedDrawer
        sx={{
          display: { xs: 'none', md: 'block' },
          width: DRAWER_WIDTH,
          flexShrink: 0,
          '& .MuiDrawer-paper': { width: DRAWER_WIDTH, boxSizing: 'border-box' },
        }}
      >
        {/* Spacer under the fixed app bar. */}
        <ToolbarRow />
        <Navigation />
      </DockedDrawer>

      <Box
        component="main"
        id={MAIN_CONTENT_ID}
        tabIndex={-1}
        sx={{ flexGrow: 1, minWidth: 0, p: { xs: 2, sm: 3 }, '&:focus': { outline: 'none' } }}
      >
        <ToolbarRow />
        <UnauthenticatedBanner />
        <Outlet />
      </Box>
    </Box>
  );
}
