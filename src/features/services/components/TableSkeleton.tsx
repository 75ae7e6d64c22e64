/**
 * Placeholder rows while the list loads, roughly the shape of the real table. The bars are drawn
 * like MUI's text Skeleton (same colour variable, shape and pulse) with CSS alone, so the first
 * screen does not load Skeleton for them.
 */
import Box from '@mui/material/Box';
import { keyframes } from '@mui/material/styles';
import { VisuallyHidden } from '../../../components/VisuallyHidden';

const ROWS = 8;
const COLUMNS = [1.2, 1.6, 1.2, 0.7, 0.9, 0.7, 0.7, 1.8];

const pulse = keyframes`
  0% { opacity: 1; }
  50% { opacity: 0.4; }
  100% { opacity: 1; }
`;

const barSx = {
  display: 'block',
  // A line of text's height, drawn at 60 % like MUI's text variant.
  height: '1.2em',
  transform: 'scale(1, 0.6)',
  transformOrigin: '0 55%',
  borderRadius: '4px / 6.7px',
  bgcolor: 'Skeleton.bg',
  animation: `${pulse} 2s ease-in-out 0.5s infinite`,
} as const;

/** `label` is what screen readers hear (and what is being waited for). */
export function TableSkeleton({ label = 'Loading customers…' }: { label?: string }) {
  return (
    <Box aria-busy="true" sx={{ py: 1 }}>
      <VisuallyHidden>
        <span role="status">{label}</span>
      </VisuallyHidden>
      {Array.from({ length: ROWS + 1 }, (_, row) => (
        <Box key={row} aria-hidden="true" sx={{ display: 'grid', gridTemplateColumns: COLUMNS.map((fr) => `${fr}fr`).join(' '), gap: 3, px: 1.5, py: 1.25 }}>
          {COLUMNS.map((_, col) => (
            <Box key={col} component="span" sx={{ ...barSx, fontSize: row === 0 ? '1rem' : '0.875rem' }} />
          ))}
        </Box>
      ))}
    </Box>
  );
}
