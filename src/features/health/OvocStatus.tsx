/**
 * OVOC status words as chips (icon + text + colour, never colour alone) and the voice-quality
 * breakdown shared by the service rows and the customer panel. Unknown words show as they came.
 */
import Box from '@mui/material/Box';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import type { VoiceQuality, VoiceQualityDetail } from '../../api/schemas';
import { StatusChip } from '../../components/StatusChip';
import { missingStatusLabel, statusLabel } from '../../components/status-words';
import { statusSeverity } from '../../domain/statuses';
import { t } from './messages';

export function OvocStatusChip({ value }: { value: string | number | null | undefined }) {
  const sent = value === '' ? null : value;
  return <StatusChip label={statusLabel(sent) ?? missingStatusLabel()} severity={statusSeverity(sent)} />;
}

/** Compact cell: Teams and SBC, control and media, each a chip. */
export function VoiceQualityCell({ voiceQuality }: { voiceQuality: VoiceQuality | null }) {
  if (!voiceQuality) return <OvocStatusChip value={null} />;
  const lines: Array<[string, VoiceQualityDetail | null]> = [
    ['Teams', voiceQuality.teamsVoiceQualityJson],
    ['SBC', voiceQuality.sbcVoiceQualityJson],
  ];
  return (
    <Box
      component="dl"
      sx={{ m: 0, display: 'grid', gridTemplateColumns: 'auto auto auto', columnGap: 0.75, rowGap: 0.5, alignItems: 'center' }}
    >
      {lines.map(([label, detail]) => (
        <Box key={label} sx={{ display: 'contents' }}>
          <Typography component="dt" variant="caption" sx={{ fontWeight: 'fontWeightMedium' }}>
            {label}
          </Typography>
          <Box component="dd" sx={{ m: 0, display: 'flex', gap: 0.5, alignItems: 'center', gridColumn: 'span 2' }}>
            <Typography component="span" variant="caption" color="text.secondary">
              {t('health.vq.control')}
            </Typography>
            <OvocStatusChip value={detail?.vqControlStatus} />
            <Typography component="span" variant="caption" color="text.secondary">
              {t('health.vq.media')}
            </Typography>
            <OvocStatusChip value={detail?.vqMediaStatus} />
          </Box>
        </Box>
      ))}
    </Box>
  );
}

/** Full breakdown: overall, alert rule, and per leg (Teams / SBC) overall, control and media. */
export function VoiceQualityTable({ voiceQuality, caption }: { voiceQuality: VoiceQuality | null; caption: string }) {
  const legs: Array<[string, VoiceQualityDetail | null]> = [
    ['Teams', voiceQuality?.teamsVoiceQualityJson ?? null],
    ['SBC', voiceQuality?.sbcVoiceQualityJson ?? null],
  ];
  return (
    <Box>
      <Typography variant="body2" component="div" sx={{ mb: 0.5 }}>
        {t('health.vq.overall')} <OvocStatusChip value={voiceQuality?.voiceQualityStatus} /> · {t('health.vq.alertRule')}{' '}
        <OvocStatusChip value={voiceQuality?.alertRuleVoiceQualityStatus} />
      </Typography>
      <Table size="small" sx={{ width: 'auto' }}>
        <caption style={{ captionSide: 'top', padding: 0, textAlign: 'left' }}>{caption}</caption>
        <TableHead>
          <TableRow>
            <TableCell component="th" scope="col">
              {t('health.vq.leg')}
            </TableCell>
            <TableCell component="th" scope="col">
              {t('health.vq.overall')}
            </TableCell>
            <TableCell component="th" scope="col">
              {t('health.vq.controlColumn')}
            </TableCell>
            <TableCell component="th" scope="col">
              {t('health.vq.mediaColumn')}
            </TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {legs.map(([label, detail]) => (
            <TableRow key={label}>
              <TableCell component="th" scope="row">
                {label}
              </TableCell>
              <TableCell>
                <OvocStatusChip value={detail?.voiceQualityStatus} />
              </TableCell>
              <TableCell>
                <OvocStatusChip value={detail?.vqControlStatus} />
              </TableCell>
              <TableCell>
                <OvocStatusChip value={detail?.vqMediaStatus} />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Box>
  );
}
