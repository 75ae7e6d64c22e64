import Chip from '@mui/material/Chip';
import Tooltip from '@mui/material/Tooltip';
import ScienceOutlined from '@mui/icons-material/ScienceOutlined';
import { useQuery } from '@tanstack/react-query';
import { consoleQueries } from '../api/queries';

/**
 * "Demo data" whenever the server says it answers from the built-in simulator, so nobody mistakes
 * simulated customers for real ones. Shows nothing while loading or if the info call fails: the
 * badge must never block or clutter the shell.
 */
export function DemoBadge() {
  const { data } = useQuery(consoleQueries.info());
  if (data?.mode !== 'demo') return null;
  return (
    <Tooltip describeChild title="No Live Platform connection is configured; the console shows simulated data.">
      <Chip size="small" color="warning" icon={<ScienceOutlined />} label="Demo data" sx={{ flexShrink: 0 }} />
    </Tooltip>
  );
}
