/** The create call's progressDetails as an ordered list of steps, each with its level shown by icon and word. */
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import CheckCircleOutlined from '@mui/icons-material/CheckCircleOutlined';
import ErrorOutlined from '@mui/icons-material/ErrorOutlined';
import HelpOutlineOutlined from '@mui/icons-material/HelpOutlineOutlined';
import InfoOutlined from '@mui/icons-material/InfoOutlined';
import WarningAmberOutlined from '@mui/icons-material/WarningAmberOutlined';
import { progressSeverity, type ProgressSeverity, type ProgressStep } from '../../../domain/progress-details';
import { t } from '../messages';

const ICONS: Record<ProgressSeverity, { icon: typeof InfoOutlined; color: string }> = {
  info: { icon: InfoOutlined, color: 'info.main' },
  success: { icon: CheckCircleOutlined, color: 'success.main' },
  warning: { icon: WarningAmberOutlined, color: 'warning.main' },
  error: { icon: ErrorOutlined, color: 'error.main' },
  unknown: { icon: HelpOutlineOutlined, color: 'text.secondary' },
};

export function ProgressTimeline({ steps, label }: { steps: ProgressStep[]; label: string }) {
  if (steps.length === 0) {
    return (
      <Typography variant="body2" color="text.secondary">
        {t('onboarding.timeline.empty')}
      </Typography>
    );
  }
  return (
    <Box component="ol" aria-label={label} sx={{ listStyle: 'none', m: 0, p: 0 }}>
      {steps.map((step, i) => {
        const look = ICONS[progressSeverity(step.level)];
        const Icon = look.icon;
        return (
          <Box
            component="li"
            // Steps can repeat word for word; their place in the list is what identifies them.
            key={i}
            sx={{ display: 'flex', gap: 1.5, pb: 1.5, position: 'relative', '&:not(:last-child)::before': { content: '""', position: 'absolute', left: 11, top: 26, bottom: 2, borderLeft: 2, borderColor: 'divider' } }}
          >
            <Icon sx={{ color: look.color, flexShrink: 0 }} aria-hidden />
            <Box sx={{ minWidth: 0 }}>
              <Typography variant="caption" color="text.secondary" component="div">
                {step.level ?? t('onboarding.timeline.noLevel')}
              </Typography>
              <Typography variant="body2" sx={{ overflowWrap: 'anywhere' }}>
                {step.message === '' ? t('onboarding.timeline.noMessage') : step.message}
              </Typography>
            </Box>
          </Box>
        );
      })}
    </Box>
  );
}
