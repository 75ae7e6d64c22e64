/** Placeholder rows while the list loads, roughly the shape of the real table. */
import Box from '@mui/material/Box';
import Skeleton from '@mui/material/Skeleton';
import { VisuallyHidden } from '../../../components/VisuallyHidden';
import { t } from '../messages';

const ROWS = 8;
const COLUMNS = [1.2, 1.6, 1.2, 0.7, 0.9, 0.7, 0.7, 1.8];

/** `label` is what screen readers hear (and what is being waited for). */
export function TableSkeleton({ label = t('services.loadingCustomers') }: { label?: string }) {
  return (
    <Box aria-busy="true" sx={{ py: 1 }}>
      <VisuallyHidden>
        <span role="status">{label}</span>
      </VisuallyHidden>
      {Array.from({ length: ROWS + 1 }, (_, row) => (
        <Box key={row} aria-hidden="true" sx={{ display: 'grid', gridTemplateColumns: COLUMNS.map((fr) => `${fr}fr`).join(' '), gap: 3, px: 1.5, py: 1.25 }}>
          {COLUMNS.map((_, col) => (
            // A fixed box (not the text variant's line height), so the skeleton's height does not vary with the font.
            <Skeleton key={col} variant="text" sx={{ height: '1.2em', fontSize: row === 0 ? '1rem' : '0.875rem' }} />
          ))}
        </Box>
      ))}
    </Box>
  );
}
