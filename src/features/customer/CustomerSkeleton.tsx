/** The page's shape while the customer loads, so nothing jumps when it arrives. */
import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Skeleton from '@mui/material/Skeleton';
import Stack from '@mui/material/Stack';
import { VisuallyHidden } from '../../components/VisuallyHidden';
import { t } from './messages';

function CardSkeleton({ rows }: { rows: number }) {
  return (
    <Paper variant="outlined" sx={{ p: 2 }}>
      <Skeleton variant="text" width="35%" sx={{ fontSize: '1.25rem', mb: 1 }} />
      {Array.from({ length: rows }, (_, i) => (
        <Skeleton key={i} variant="text" width={`${70 - i * 8}%`} />
      ))}
    </Paper>
  );
}

export function CustomerSkeleton() {
  return (
    <Box aria-busy="true">
      <VisuallyHidden>
        <span role="status">{t('customer.loading.status')}</span>
      </VisuallyHidden>
      <Stack aria-hidden="true" spacing={2}>
        <Skeleton variant="text" width="45%" sx={{ fontSize: '2.125rem' }} />
        <Skeleton variant="text" width="30%" />
        <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', md: 'repeat(3, minmax(0, 1fr))' } }}>
          <CardSkeleton rows={4} />
          <CardSkeleton rows={4} />
          <CardSkeleton rows={3} />
        </Box>
        <CardSkeleton rows={5} />
      </Stack>
    </Box>
  );
}
