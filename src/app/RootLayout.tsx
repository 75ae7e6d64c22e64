/**
 * The frame around every page: app bar, navigation (permanent drawer from md up, a temporary
 * drawer behind a menu button below), skip link and the <main> landmark the page renders into.
 */
import { Fragment, useState } from 'react';
import AppBar from '@mui/material/AppBar';
import Box from '@mui/material/Box';
import Drawer from '@mui/material/Drawer';
import IconButton from '@mui/material/IconButton';
import Toolbar from '@mui/material/Toolbar';
import Typography from '@mui/material/Typography';
import MenuIcon from '@mui/icons-material/Menu';
import { HeadContent, Outlet } from '@tanstack/react-router';
import { ColorModeToggle } from './ColorModeToggle';
import { DemoBadge } from './DemoBadge';
import { MobileDrawer } from './MobileDrawer';
import { Navigation } from './Navigation';
import { SignedInUser } from './SignedInUser';
import { MAIN_CONTENT_ID, SkipLink } from './SkipLink';
import { PRODUCT_NAME } from './theme';
import { UnauthenticatedBanner } from './UnauthenticatedBanner';
import { LanguageToggle } from './LanguageToggle';
import { currentLocale } from '../i18n/locale';
import { useT } from './messages';

const DRAWER_WIDTH = 248;
const MOBILE_NAV_ID = 'mobile-navigation';

export function RootLayout() {
  const [mobileOpen, setMobileOpen] = useState(false);
  const closeMobile = () => setMobileOpen(false);
  const t = useT();

  return (
    <Box sx={{ display: 'flex', minHeight: '100vh' }}>
      {/* Route `head` titles ("Services · Live Platform Console"). */}
      <HeadContent />
      <SkipLink />
      <AppBar
        position="fixed"
        // Above the permanent drawer (clipped under the bar) on desktop only: on small screens the
        // temporary drawer must cover the bar.
        sx={(theme) => ({ [theme.breakpoints.up('md')]: { zIndex: theme.zIndex.drawer + 1 } })}
      >
        <Toolbar sx={{ gap: 1 }}>
          <IconButton
            color="inherit"
            edge="start"
            aria-label={t('shell.openNavigation')}
            aria-controls={MOBILE_NAV_ID}
            aria-expanded={mobileOpen}
            onClick={() => setMobileOpen(true)}
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
          <LanguageToggle />
          <ColorModeToggle />
        </Toolbar>
      </AppBar>

      <MobileDrawer id={MOBILE_NAV_ID} width={DRAWER_WIDTH} open={mobileOpen} onClose={closeMobile} />
      <Drawer
        variant="permanent"
        sx={{
          display: { xs: 'none', md: 'block' },
          width: DRAWER_WIDTH,
          flexShrink: 0,
          '& .MuiDrawer-paper': { width: DRAWER_WIDTH, boxSizing: 'border-box' },
        }}
      >
        {/* Spacer under the fixed app bar. */}
        <Toolbar />
        <Navigation />
      </Drawer>

      <Box
        component="main"
        id={MAIN_CONTENT_ID}
        tabIndex={-1}
        sx={{ flexGrow: 1, minWidth: 0, p: { xs: 2, sm: 3 }, '&:focus': { outline: 'none' } }}
      >
        <Toolbar />
        <UnauthenticatedBanner />
        {/* A new language renders the page afresh: its words may be read outside React (view models,
            memoised cells), so re-rendering alone would leave some in the old language. */}
        <Fragment key={currentLocale()}>
          <Outlet />
        </Fragment>
      </Box>
    </Box>
  );
}
