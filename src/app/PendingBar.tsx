/**
 * Shown by the router when a page chunk or loader takes a while (after defaultPendingMs): an
 * indeterminate progress bar, drawn like MUI's LinearProgress (a tinted track, a primary bar sliding
 * across) with CSS alone, so the shell does not load LinearProgress for it.
 */
import Box from '@mui/material/Box';
import { keyframes } from '@mui/material/styles';

const slide = keyframes`
  0% { transform: translateX(-100%) scaleX(0.3); }
  60% { transform: translateX(60%) scaleX(0.6); }
  100% { transform: translateX(110%) scaleX(0.3); }
`;

export function PendingBar() {
  return (
    <Box
      role="progressbar"
      aria-label="Loading page"
      sx={{
        position: 'sticky',
        top: 0,
        height: 4,
        overflow: 'hidden',
        zIndex: 0,
        // The track: the bar's colour, faint (as LinearProgress's).
        '&::before': { content: '""', position: 'absolute', inset: 0, bgcolor: 'primary.main', opacity: 0.24 },
        '&::after': {
          content: '""',
          position: 'absolute',
          inset: 0,
          bgcolor: 'primary.main',
          transformOrigin: 'left',
          animation: `${slide} 1.6s cubic-bezier(0.4, 0, 0.2, 1) infinite`,
          '@media (prefers-reduced-motion: reduce)': { animationDuration: '4s' },
        },
      }}
    />
  );
}
