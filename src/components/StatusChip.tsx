/**
 * A status word as a chip. Severity is shown by icon + text + colour together, never colour alone,
 * and the label is rendered exactly as the API sent it (enums are open: an unknown word is shown
 * as it came, with the neutral "unknown" look).
 */
import type { ReactElement } from 'react';
import Chip, { type ChipProps } from '@mui/material/Chip';
import CheckCircleOutlined from '@mui/icons-material/CheckCircleOutlined';
import ErrorOutlined from '@mui/icons-material/ErrorOutlined';
import HelpOutlineOutlined from '@mui/icons-material/HelpOutlineOutlined';
import VisibilityOffOutlined from '@mui/icons-material/VisibilityOffOutlined';
import WarningAmberOutlined from '@mui/icons-material/WarningAmberOutlined';
import { useT } from './messages';

export type StatusSeverity = 'ok' | 'warning' | 'error' | 'unmonitored' | 'unknown';

interface SeverityLook {
  color: ChipProps['color'];
  icon: ReactElement;
}

const LOOKS: Record<StatusSeverity, SeverityLook> = {
  ok: { color: 'success', icon: <CheckCircleOutlined /> },
  warning: { color: 'warning', icon: <WarningAmberOutlined /> },
  error: { color: 'error', icon: <ErrorOutlined /> },
  unmonitored: { color: 'default', icon: <VisibilityOffOutlined /> },
  unknown: { color: 'default', icon: <HelpOutlineOutlined /> },
};

export interface StatusChipProps {
  /** The status text as received (e.g. "OK", "WARNING", "Deployed", 3). null/'' shows "Unknown". */
  label: string | number | null | undefined;
  severity: StatusSeverity;
  size?: ChipProps['size'];
}

export function StatusChip({ label, severity, size = 'small' }: StatusChipProps) {
  const t = useT();
  const look = LOOKS[severity];
  const text = label === null || label === undefined || label === '' ? t('status.unknown') : String(label);
  return (
    <Chip
      size={size}
      variant={severity === 'unknown' || severity === 'unmonitored' ? 'outlined' : 'filled'}
      color={look.color}
      icon={look.icon}
      label={text}
      data-severity={severity}
    />
  );
}
