/** The figures above the table; the count is a polite live region so filtering is announced. */
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import type { HealthState } from '../ovoc-health';
import { formatCount, shownText, type ServicesSummary } from '../summary';
import type { HealthFigures } from '../useServicesView';
import { t } from '../messages';

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

function healthText(status: HealthState['status'], figures: HealthFigures | null): string {
  if (status === 'loading') return t('services.summary.healthLoading');
  if (figures === null) return t('services.summary.healthUnavailable');
  return t('services.summary.healthFigures', { error: figures.error, warning: figures.warning });
}

export interface ServicesSummaryBarProps {
  /** Null while the list loads: the bar keeps its line (the table below does not move when the figures arrive). */
  summary: ServicesSummary | null;
  healthStatus: HealthState['status'];
  /** Health of the rows shown; null until OVOC health is known. */
  health: HealthFigures | null;
}

export function ServicesSummaryBar({ summary, healthStatus, health }: ServicesSummaryBarProps) {
  if (!summary) {
    // One empty line of the bar's height: figures drawn now would move sideways when the count arrives.
    return (
      <Box aria-hidden="true" sx={{ mb: 1.5 }}>
        <Typography component="p" variant="subtitle1" sx={{ m: 0 }}>
          {'\u00a0'}
        </Typography>
      </Box>
    );
  }
  return (
    <Box
      aria-label={t('services.summary.label')}
      component="section"
      sx={{ display: 'flex', flexWrap: 'wrap', columnGap: 3, rowGap: 0.5, alignItems: 'baseline', mb: 1.5 }}
    >
      <Typography component="p" variant="subtitle1" role="status" sx={{ fontWeight: 'fontWeightMedium', m: 0 }}>
        {shownText(summary)}
      </Typography>
      <Typography component="div" variant="body2" sx={{ display: 'flex', flexWrap: 'wrap', columnGap: 3, rowGap: 0.5 }}>
        <Figure label={t('services.summary.directRouting')} value={formatCount(summary.directRouting)} />
        <Figure label={t('services.summary.operatorConnect')} value={formatCount(summary.operatorConnect)} />
        {summary.otherFamily > 0 ? <Figure label={t('services.summary.otherLicense')} value={formatCount(summary.otherFamily)} /> : null}
        <Figure label={t('services.summary.licensedUsers')} value={formatCount(summary.licensedUsers)} />
        <Figure label={t('services.summary.activeUsers')} value={formatCount(summary.activeUsers)} />
        <Figure label={t('services.summary.health')} value={healthText(healthStatus, health)} />
      </Typography>
    </Box>
  );
}
