import type { ReactNode } from 'react';
import Box from '@mui/material/Box';
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
      {/* Flex boxes with gaps, as Stack lays them out (Stack is not loaded for them). */}
      <Box
        sx={{
          display: 'flex',
          flexDirection: { xs: 'column', sm: 'row' },
          gap: 2,
          alignItems: { xs: 'stretch', sm: 'flex-start' },
          justifyContent: 'space-between',
        }}
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
          <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap', flexShrink: 0 }}>{actions}</Box>
        ) : null}
      </Box>
    </Box>
  );
}
