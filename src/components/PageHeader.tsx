import type { ReactNode } from 'react';
import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';

export interface PageHeaderProps {
  /** The page's only h1. */
  title: ReactNode;
  description?: ReactNode;
  /** Buttons on the right (wrap below the title on small screens). */
  actions?: ReactNode;
  /** Small print under the title, e.g. <RelativeTime />. */
  meta?: ReactNode;
  /** Above the title, e.g. breadcrumbs or a back link. */
  before?: ReactNode;
}

export function PageHeader({ title, description, actions, meta, before }: PageHeaderProps) {
  return (
    <Box component="header" sx={{ mb: 3 }}>
      {before ? <Box sx={{ mb: 1 }}>{before}</Box> : null}
      <Stack
        direction={{ xs: 'column', sm: 'row' }}
        spacing={2}
        sx={{ alignItems: { xs: 'stretch', sm: 'flex-start' }, justifyContent: 'space-between' }}
      >
        <Box sx={{ minWidth: 0 }}>
          <Typography variant="h4" component="h1" sx={{ overflowWrap: 'anywhere' }}>
            {title}
          </Typography>
          {description ? (
            <Typography variant="body1" color="text.secondary" component="div" sx={{ mt: 0.5 }}>
              {description}
            </Typography>
          ) : null}
          {meta ? (
            <Typography variant="body2" color="text.secondary" component="div" sx={{ mt: 0.5 }}>
              {meta}
            </Typography>
          ) : null}
        </Box>
        {actions ? (
          <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap', flexShrink: 0 }}>
            {actions}
          </Stack>
        ) : null}
      </Stack>
    </Box>
  );
}
