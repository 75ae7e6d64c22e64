/**
 * The expanded part of a service row: identity, voice quality per leg, and the custom `parameters`
 * (AI summary, trial with its DD-MM-YYYY dates read and explained, then every parameter as it came).
 */
import type { ReactNode } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { CopyButton } from '../../components/CopyButton';
import { Nullable } from '../../components/Nullable';
import { formatCalendarDate, readServiceParameters, type TrialInfo } from '../../domain/ovoc-parameters';
import { formatParameterValue } from './format';
import { VoiceQualityTable } from './OvocStatus';
import type { HealthRow } from './rows';

export function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <>
      <Typography component="dt" variant="body2" color="text.secondary">
        {label}
      </Typography>
      <Typography component="dd" variant="body2" sx={{ m: 0, overflowWrap: 'anywhere', display: 'flex', alignItems: 'center', gap: 0.5 }}>
        {children}
      </Typography>
    </>
  );
}

export function Facts({ children }: { children: ReactNode }) {
  return (
    <Box component="dl" sx={{ m: 0, display: 'grid', gridTemplateColumns: 'max-content minmax(0, 1fr)', columnGap: 2, rowGap: 0.5 }}>
      {children}
    </Box>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Box component="section" sx={{ minWidth: 0 }}>
      <Typography variant="subtitle2" component="h3" sx={{ mb: 1 }}>
        {title}
      </Typography>
      {children}
    </Box>
  );
}

const TRIAL_LOOK = {
  expired: { label: 'Expired', color: 'error' },
  expiring: { label: 'Expires soon', color: 'warning' },
  active: { label: 'Active', color: 'success' },
  unknown: { label: 'Expiry unknown', color: 'default' },
} as const;

function trialExpiryText(trial: TrialInfo): ReactNode {
  if (!trial.expiry) return trial.expiryText ?? <Nullable value={null} />;
  const days = trial.daysLeft ?? 0;
  const relative = days < 0 ? `${-days} ${days === -1 ? 'day' : 'days'} ago` : days === 0 ? 'today' : `in ${days} ${days === 1 ? 'day' : 'days'}`;
  return (
    <>
      <time dateTime={trial.expiry.iso}>{formatCalendarDate(trial.expiry)}</time> ({relative})
    </>
  );
}

export interface ServiceDetailsProps {
  row: HealthRow;
  now: number;
  onOpenCustomer: (id: string) => void;
}

export function ServiceDetails({ row, now, onOpenCustomer }: ServiceDetailsProps) {
  const s = row.service;
  const read = readServiceParameters(s.parameters, new Date(now));
  const customerId = s.lcCustomerId !== null ? String(s.lcCustomerId) : null;
  return (
    <Box
      sx={{
        display: 'grid',
        gap: 3,
        gridTemplateColumns: { xs: '1fr', lg: 'repeat(3, minmax(0, 1fr))' },
        py: 1,
        // The table is wider than the screen: keep the details in the visible part while it scrolls sideways.
        position: 'sticky',
        left: 16,
        maxWidth: { xs: 'calc(100vw - 64px)', md: 'calc(100vw - 360px)' },
      }}
    >
      <Section title="Service">
        <Facts>
          <Fact label="OVOC id">
            <Nullable value={s.id} />
          </Fact>
          <Fact label="Service id">
            <Nullable value={s.serviceId} />
          </Fact>
          <Fact label="UMP customer">
            <Nullable value={s.umpId} />
          </Fact>
          <Fact label="Microsoft tenant">
            <Nullable value={s.serviceUcaasTenantId} />
            {s.serviceUcaasTenantId ? <CopyButton value={s.serviceUcaasTenantId} what="Microsoft tenant id" /> : null}
          </Fact>
          <Fact label="OVOC customer">
            {customerId === null ? (
              <Nullable value={null} />
            ) : (
              <Button size="small" onClick={() => onOpenCustomer(customerId)}>
                Open customer {customerId}
              </Button>
            )}
          </Fact>
          <Fact label="Description">
            <Nullable value={s.description} />
          </Fact>
          <Fact label="Users (UMP)">
            <Nullable value={s.umpUsersCount} />
          </Fact>
          <Fact label="DIDs used / free / total">
            {[s.usedDIDs, s.freeDIDs, s.totalDIDs].map((n) => (n === null ? '—' : String(n))).join(' / ')}
          </Fact>
          <Fact label="Disabled at">
            <Nullable value={s.disabledTime} />
          </Fact>
          <Fact label="Last backup">
            <Nullable value={s.lastBackupTime} />
          </Fact>
        </Facts>
      </Section>

      <Section title="Voice quality">
        <VoiceQualityTable voiceQuality={s.applicationsStatus?.voiceQuality ?? null} caption={`Voice quality of ${row.name}`} />
      </Section>

      <Section title="Parameters">
        {read.aiSummary || read.trial ? (
          <Box sx={{ mb: 1.5 }}>
            <Facts>
              {read.aiSummary ? (
                <Fact label="AI summary">
                  <Nullable value={read.aiSummary.status} /> ·{' '}
                  {read.aiSummary.activeDevices ?? '—'} of {read.aiSummary.maxDevices ?? '—'} devices active
                </Fact>
              ) : null}
              {read.trial ? (
                <>
                  <Fact label="Trial">
                    <Nullable value={read.trial.status} />
                    <Chip size="small" variant="outlined" color={TRIAL_LOOK[read.trial.state].color} label={TRIAL_LOOK[read.trial.state].label} />
                  </Fact>
                  <Fact label="Trial started">
                    {read.trial.start ? <time dateTime={read.trial.start.iso}>{formatCalendarDate(read.trial.start)}</time> : <Nullable value={null} />}
                  </Fact>
                  <Fact label="Trial expires">{trialExpiryText(read.trial)}</Fact>
                </>
              ) : null}
            </Facts>
          </Box>
        ) : null}
        {s.parameters && s.parameters.length > 0 ? (
          <Table size="small" sx={{ width: 'auto' }}>
            <caption style={{ captionSide: 'top', padding: 0, textAlign: 'left' }}>All parameters, as sent</caption>
            <TableHead>
              <TableRow>
                <TableCell component="th" scope="col">Name</TableCell>
                <TableCell component="th" scope="col">Type</TableCell>
                <TableCell component="th" scope="col">Value</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {s.parameters.map((parameter, i) => (
                <TableRow key={`${parameter.name ?? ''}-${i}`}>
                  <TableCell component="th" scope="row">
                    <Nullable value={parameter.name} />
                  </TableCell>
                  <TableCell>
                    <Nullable value={parameter.type} />
                  </TableCell>
                  <TableCell sx={{ overflowWrap: 'anywhere' }}>
                    <Nullable value={formatParameterValue(parameter.value)} missingLabel="empty" />
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        ) : (
          <Typography variant="body2" color="text.secondary">
            No parameters sent for this service.
          </Typography>
        )}
      </Section>
    </Box>
  );
}
