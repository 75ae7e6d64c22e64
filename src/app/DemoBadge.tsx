import Box from '@mui/material/Box';
import ScienceOutlined from '@mui/icons-material/ScienceOutlined';
import { useQuery } from '@tanstack/react-query';
import { consoleQueries } from '../api/queries';
import { Hint as Tooltip } from '../components/Hint';
import { useT } from './messages';

/**
 * "Demo data" whenever the server says it answers from the built-in simulator, so nobody mistakes
 * simulated customers for real ones. Shows nothing while loading or if the info call fails: the
 * badge must never block or clutter the shell. Drawn like a small warning Chip (the shell does not
 * load Chip for one static label).
 */
export function DemoBadge() {
  const { data } = useQuery(consoleQueries.info());
  const t = useT();
  if (data?.mode !== 'demo') return null;
  return (
    <Tooltip describeChild title={t('shell.demo.badgeHint')}>
      <Box
        component="span"
        sx={{
          display: 'inline-flex',
          alignItems: 'center',
          flexShrink: 0,
          height: 24,
          borderRadius: '12px',
          pl: 0.5,
          bgcolor: 'warning.main',
          color: 'warning.contrastText',
          typography: 'body2',
          fontSize: '0.8125rem',
          whiteSpace: 'nowrap',
          '& > svg': { fontSize: 18, ml: 0.25, mr: -0.75, color: 'inherit' },
        }}
      >
        <ScienceOutlined />
        <Box component="span" sx={{ px: 1 }}>
          {t('shell.demo.badge')}
        </Box>
      </Box>
    </Tooltip>
  );
}
