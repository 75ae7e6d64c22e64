/** The figures above the table; the count is a polite live region so filtering is announced. */
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { formatCount, shownText, type ServicesSummary } from '../summary';

function Figure({ label, value }: { label: string; value: string }) {
  return (
    <Box component="span" sx={{ display: 'inline-flex', gap: 0.75, alignItems: 'baseline' }}>
      <Box component="span" sx={{ color: 'text.secondary' }}>
        {label}
      </Box>
      <Box component="strong" sx={{ fontVariantNumeric: 'tabular-nums' }}>
        {value}
      </Box>
    </Box>
  );
}

export function ServicesSummaryBar({ summary }: { summary: ServicesSummary }) {
  return (
    <Box
      aria-label="Summary"
      component="section"
      sx={{ display: 'flex', flexWrap: 'wrap', columnGap: 3, rowGap: 0.5, alignItems: 'baseline', mb: 1.5 }}
    >
      <Typography component="p" variant="subtitle1" role="status" sx={{ fontWeight: 'fontWeightMedium', m: 0 }}>
        {shownText(summary)}
      </Typography>
      <Typography component="div" variant="body2" sx={{ display: 'flex', flexWrap: 'wrap', columnGap: 3, rowGap: 0.5 }}>
        <Figure label="Direct Routing" value={formatCount(summary.directRouting)} />
        <Figure label="Operator Connect" value={formatCount(summary.operatorConnect)} />
        {summary.otherFamily > 0 ? <Figure label="Other license" value={formatCount(summary.otherFamily)} /> : null}
        <Figure label="Licensed users" value={formatCount(summary.licensedUsers)} />
        <Figure label="Active users" value={formatCount(summary.activeUsers)} />
      </Typography>
    </Box>
  );
}
