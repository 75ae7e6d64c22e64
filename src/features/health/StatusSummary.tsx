/**
 * "What is broken": the number of services per status, as buttons that filter the table (toggle,
 * aria-pressed) and as a bar chart for the shape at a glance. Clicking a bar does the same as its
 * button; the buttons are the keyboard and screen-reader path, so the chart is one labelled image.
 */
import { memo } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useTheme } from '@mui/material/styles';
import { BarChart } from '@mui/x-charts/BarChart';
import { missingStatusLabel, statusLabel } from '../../components/status-words';
import { MISSING_STATUS_KEY, totalCount, type StatusCount } from '../../domain/ovoc-status-counts';
import { statusSeverity, type Severity } from '../../domain/statuses';
import { OvocStatusChip } from './OvocStatus';
import { t } from './messages';

export interface StatusSummaryProps {
  counts: readonly StatusCount[];
  /** Statuses currently filtered on ([] = all). */
  selected: readonly string[];
  onToggle: (key: string) => void;
  onClear: () => void;
}

export function summaryLabel(key: string): string {
  return key === MISSING_STATUS_KEY ? missingStatusLabel() : statusLabel(key);
}

function useSeverityColors(): Record<Severity, string> {
  const { palette } = useTheme();
  return {
    error: palette.error.main,
    warning: palette.warning.main,
    ok: palette.success.main,
    unmonitored: palette.grey[500],
    unknown: palette.grey[700],
  };
}

// Memoised: a status click changes which button is pressed, not the counts, so the chart stays as drawn.
const StatusChart = memo(function StatusChart({ counts, onToggle }: Pick<StatusSummaryProps, 'counts' | 'onToggle'>) {
  const colors = useSeverityColors();
  const labels = counts.map((entry) => summaryLabel(entry.key));
  const description = counts.map((entry, i) => `${labels[i]} ${entry.count}`).join(', ');
  return (
    <Box role="img" aria-label={t('health.summary.chart', { description })} sx={{ width: '100%', maxWidth: 520, height: 180 }}>
      <BarChart
        height={180}
        hideLegend
        skipAnimation
        margin={{ top: 8, right: 8, bottom: 0, left: 0 }}
        xAxis={[
          {
            scaleType: 'band',
            data: labels,
            colorMap: { type: 'ordinal', values: labels, colors: counts.map((entry) => colors[statusSeverity(entry.key)]) },
          },
        ]}
        yAxis={[{ tickMinStep: 1, width: 36 }]}
        series={[{ data: counts.map((entry) => entry.count), label: t('health.summary.series') }]}
        onItemClick={(_event, item) => {
          const entry = counts[item.dataIndex];
          if (entry) onToggle(entry.key);
        }}
      />
    </Box>
  );
});

export function StatusSummary({ counts, selected, onToggle, onClear }: StatusSummaryProps) {
  const total = totalCount(counts);
  return (
    <Box component="section" aria-labelledby="health-summary-heading" sx={{ mb: 2 }}>
      <Typography id="health-summary-heading" variant="h6" component="h2" sx={{ mb: 1 }}>
        {t('health.summary.heading')}
      </Typography>
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ alignItems: { md: 'center' } }}>
        <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap', flex: 1 }} role="group" aria-label={t('health.summary.filterGroup')}>
          <Button
            variant={selected.length === 0 ? 'contained' : 'outlined'}
            aria-pressed={selected.length === 0}
            onClick={onClear}
            aria-label={t('health.summary.allLabel', { count: total })}
            sx={{ textTransform: 'none' }}
          >
            {t('health.summary.all')}&nbsp;<strong>{total}</strong>
          </Button>
          {counts.map((entry) => {
            const pressed = selected.includes(entry.key);
            const label = summaryLabel(entry.key);
            return (
              <Button
                key={entry.key}
                variant={pressed ? 'contained' : 'outlined'}
                color="inherit"
                aria-pressed={pressed}
                aria-label={t('health.summary.statusLabel', { label, count: entry.count })}
                onClick={() => onToggle(entry.key)}
                sx={{ gap: 1, textTransform: 'none', ...(pressed ? { bgcolor: 'action.selected' } : {}) }}
              >
                {entry.key === MISSING_STATUS_KEY ? <OvocStatusChip value={null} /> : <OvocStatusChip value={entry.key} />}
                <Typography component="span" variant="h6" sx={{ lineHeight: 1 }}>
                  {entry.count}
                </Typography>
              </Button>
            );
          })}
        </Stack>
        <StatusChart counts={counts} onToggle={onToggle} />
      </Stack>
    </Box>
  );
}
