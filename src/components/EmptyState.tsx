import type { ReactNode } from 'react';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';

export interface EmptyStateProps {
  title: string;
  description?: ReactNode;
  /** e.g. a "Clear filters" or "New customer" button. */
  action?: ReactNode;
  /** A decorative icon; it is hidden from assistive technology. */
  icon?: ReactNode;
  /** Heading level so the page outline stays correct where it is placed. */
  headingLevel?: 'h2' | 'h3' | 'h4';
}

/** What a list/table shows when there is nothing to show: says why and what to do next. */
export function EmptyState({ title, description, action, icon, headingLevel = 'h2' }: EmptyStateProps) {
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 1.5, alignItems: 'center', textAlign: 'center', py: 6, px: 2 }}>
      {icon ? (
        <Box aria-hidden="true" sx={{ display: 'flex', flexDirection: 'column', color: 'text.secondary', fontSize: 48, lineHeight: 0 }}>
          {icon}
        </Box>
      ) : null}
      <Typography variant="h6" component={headingLevel}>
        {title}
      </Typography>
      {description ? (
        <Typography variant="body2" color="text.secondary" component="div" sx={{ maxWidth: 480 }}>
          {description}
        </Typography>
      ) : null}
      {action ? <div>{action}</div> : null}
    </Box>
  );
}
