/**
 * What MUI's permanent Drawer renders (a docked root and a fixed Paper with a divider on its right,
 * same classes and styles), without importing Drawer: Drawer brings Modal and Slide for its
 * temporary variant, which the desktop shell never uses.
 */
import type { ReactNode } from 'react';
import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import type { SxProps, Theme } from '@mui/material/styles';

export function DockedDrawer({ sx, children }: { sx?: SxProps<Theme>; children: ReactNode }) {
  return (
    <Box className="MuiDrawer-root MuiDrawer-anchorLeft MuiDrawer-docked" sx={[{ flex: '0 0 auto' }, ...(Array.isArray(sx) ? sx : [sx])]}>
      <Paper
        square
        elevation={0}
        className="MuiDrawer-paper MuiDrawer-paperAnchorLeft MuiDrawer-paperAnchorDockedLeft"
        sx={{
          overflowY: 'auto',
          display: 'flex',
          flexDirection: 'column',
          height: '100%',
          flex: '1 0 auto',
          zIndex: 'drawer',
          position: 'fixed',
          top: 0,
          left: 0,
          outline: 0,
          borderRight: 1,
          borderColor: 'divider',
        }}
      >
        {children}
      </Paper>
    </Box>
  );
}
