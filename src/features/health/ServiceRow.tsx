/**
 * One service: its summary row and, when expanded, a details row under it. Both sit in their own
 * <tbody> so the virtualizer measures them as one item. Memoised: a refresh that did not change a
 * service (same object, thanks to structural sharing) does not re-render its row.
 */
import { memo, type Ref } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import CheckOutlined from '@mui/icons-material/CheckOutlined';
import CloseOutlined from '@mui/icons-material/CloseOutlined';
import KeyboardArrowDownOutlined from '@mui/icons-material/KeyboardArrowDownOutlined';
import KeyboardArrowRightOutlined from '@mui/icons-material/KeyboardArrowRightOutlined';
import { Nullable } from '../../components/Nullable';
import { ovocLicenseTypeLabel } from '../../domain/license-types';
import { formatDefinedAt, formatDevices, formatElements, formatEnabled } from './format';
import { OvocStatusChip, VoiceQualityCell } from './OvocStatus';
import type { HealthRow } from './rows';
import { ServiceDetails } from './ServiceDetails';
import { Since } from './Since';
import { t } from './messages';

export const HEALTH_COLUMN_COUNT = 14;

/** DOM ids of a row's parts, so the page can move focus to a row. */
export const rowDomId = (key: string, part: 'toggle' | 'details') => `health-${part}-${key.replace(/[^A-Za-z0-9_-]/g, '_')}`;

export interface ServiceRowProps {
  row: HealthRow;
  index: number;
  expanded: boolean;
  highlighted: boolean;
  now: number;
  onToggle: (key: string) => void;
  onOpenCustomer: (id: string) => void;
  /** The virtualizer's measuring ref, when rows are virtualized. */
  measureRef?: Ref<HTMLTableSectionElement>;
}

function Enabled({ value }: { value: boolean | null }) {
  const text = formatEnabled(value);
  if (text === null) return <Nullable value={null} />;
  return (
    <Box component="span" sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5 }}>
      {value ? <CheckOutlined fontSize="small" aria-hidden /> : <CloseOutlined fontSize="small" aria-hidden />}
      {text}
    </Box>
  );
}

function ServiceRowView({ row, index, expanded, highlighted, now, onToggle, onOpenCustomer, measureRef }: ServiceRowProps) {
  const s = row.service;
  const devices = formatDevices(s.devices);
  const defined = formatDefinedAt(row.definedAtMs, now);
  const license = ovocLicenseTypeLabel(s.licenseType);
  const customerId = s.lcCustomerId !== null ? String(s.lcCustomerId) : null;
  const detailsId = rowDomId(row.key, 'details');
  return (
    <TableBody ref={measureRef} data-index={index} data-row-key={row.key}>
      <TableRow
        hover
        selected={highlighted}
        sx={{ '& > td, & > th': { verticalAlign: 'top', ...(expanded ? { borderBottom: 'none' } : {}) } }}
      >
        <TableCell padding="checkbox">
          <IconButton
            id={rowDomId(row.key, 'toggle')}
            size="small"
            aria-expanded={expanded}
            aria-controls={expanded ? detailsId : undefined}
            aria-label={t('health.row.details', { name: row.name })}
            onClick={() => onToggle(row.key)}
          >
            {expanded ? <KeyboardArrowDownOutlined /> : <KeyboardArrowRightOutlined />}
          </IconButton>
        </TableCell>
        <TableCell component="th" scope="row" sx={{ minWidth: 180 }}>
          <Typography variant="body2" sx={{ fontWeight: 'fontWeightMedium', overflowWrap: 'break-word' }}>
            {row.name}
          </Typography>
          {row.fullName && row.fullName !== row.name ? (
            <Typography variant="caption" color="text.secondary" component="div" sx={{ overflowWrap: 'break-word' }}>
              {row.fullName}
            </Typography>
          ) : null}
        </TableCell>
        <TableCell>
          <OvocStatusChip value={s.status} />
        </TableCell>
        <TableCell>
          <Since since={s.since.status} now={now} />
        </TableCell>
        <TableCell>
          {customerId === null ? (
            <Nullable value={null} />
          ) : (
            <Button size="small" onClick={() => onOpenCustomer(customerId)} aria-label={t('health.row.customer', { id: customerId, name: row.name })}>
              {customerId}
            </Button>
          )}
        </TableCell>
        <TableCell>
          <OvocStatusChip value={s.managementStatus} />
        </TableCell>
        <TableCell>
          <OvocStatusChip value={s.serviceDeployStatus} />
        </TableCell>
        <TableCell sx={{ minWidth: 250 }}>
          <VoiceQualityCell voiceQuality={s.voiceQuality} />
        </TableCell>
        <TableCell>
          {license === null ? <Nullable value={null} /> : license}
          {license !== null && license !== s.licenseType ? (
            <Typography variant="caption" color="text.secondary" component="div">
              {s.licenseType}
            </Typography>
          ) : null}
        </TableCell>
        <TableCell>
          <Nullable value={s.serviceSource} />
        </TableCell>
        <TableCell>
          <Enabled value={s.isEnabled} />
        </TableCell>
        <TableCell sx={{ minWidth: 230 }}>
          {devices.length === 0 ? (
            <Nullable value={null} />
          ) : (
            devices.map((line) => (
              <Typography key={line.kind} variant="body2" sx={{ whiteSpace: 'nowrap' }}>
                {line.label}: {line.text}
              </Typography>
            ))
          )}
        </TableCell>
        <TableCell sx={{ whiteSpace: 'nowrap' }}>
          <Nullable value={formatElements(s.elementsCount)} />
        </TableCell>
        <TableCell sx={{ whiteSpace: 'nowrap' }}>
          {defined ? (
            <>
              <time dateTime={new Date(row.definedAtMs).toISOString()} title={defined.full}>
                {defined.date}
              </time>
              <Typography variant="caption" color="text.secondary" component="div">
                {defined.relative}
              </Typography>
            </>
          ) : (
            <Nullable value={s.definedAt} />
          )}
        </TableCell>
      </TableRow>
      {expanded ? (
        <TableRow id={detailsId} selected={highlighted}>
          <TableCell colSpan={HEALTH_COLUMN_COUNT} sx={{ bgcolor: 'action.hover' }}>
            <ServiceDetails row={row} now={now} onOpenCustomer={onOpenCustomer} />
          </TableCell>
        </TableRow>
      ) : null}
    </TableBody>
  );
}

export const ServiceRow = memo(ServiceRowView);
