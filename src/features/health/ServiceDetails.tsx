/**
 * The expanded part of a service row: identity, voice quality per leg, the status history (30 days,
 * the server's) and, read live from OVOC for this one service (GET .../services/{id}), the figures
 * the snapshot leaves out and the custom `parameters` (AI summary, trial with its DD-MM-YYYY dates
 * read and explained, then every parameter as it came).
 */
import type { ReactNode } from 'react';
import { useQuery } from '@tanstack/react-query';
import { ovocQueries, snapshotQueries, TIMELINE_DAYS } from '../../api/queries';
import type { OvocService } from '../../api/schemas';
import { describeError } from '../../api/error-words';
import { StatusTimeline } from '../../components/StatusTimeline';
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

/** What the live read says while it is not here: loading, failed (and why), or no id to read by. */
function LiveNote({ text }: { text: string }) {
  return (
    <Typography variant="body2" color="text.secondary" role="status">
      {text}
    </Typography>
  );
}

function ServiceTimeline({ row, now }: { row: HealthRow; now: number }) {
  const query = useQuery(snapshotQueries.serviceTimeline(row.key));
  if (query.isPending) return <LiveNote text="Loading the status history…" />;
  if (query.isError) return <LiveNote text={`Couldn't load the status history: ${describeError(query.error).message}`} />;
  return (
    <StatusTimeline
      changes={query.data.changes}
      label={`Status history of ${row.name}`}
      now={now}
      emptyText={`No status changes in the last ${TIMELINE_DAYS} days.`}
    />
  );
}

export function ServiceDetails({ row, now, onOpenCustomer }: ServiceDetailsProps) {
  const s = row.service;
  // The snapshot is compact: the rest of this one service is read live from OVOC when it is opened.
  const live = useQuery({ ...ovocQueries.service(s.id ?? -1), enabled: s.id !== null });
  const full: OvocService | undefined = live.data;
  const liveNote =
    s.id === null
      ? 'OVOC sent no id for this service, so its current details cannot be read.'
      : live.isPending
        ? 'Reading the current details from OVOC…'
        : live.isError
          ? `Couldn't read the current details from OVOC: ${describeError(live.error).message}`
          : null;
  const read = readServiceParameters(full?.parameters ?? null, new Date(now));
  const customerId = s.lcCustomerId !== null ? String(s.lcCustomerId) : null;
  return (
    <Box
      sx={{
        display: 'grid',
        gap: 3,
        gridTemplateColumns: { xs: '1fr', lg: 'repeat(4, minmax(0, 1fr))' },
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
          {full ? (
            <>
              <Fact label="Users (UMP)">
                <Nullable value={full.umpUsersCount} />
              </Fact>
              <Fact label="DIDs used / free / total">
                {[full.usedDIDs, full.freeDIDs, full.totalDIDs].map((n) => (n === null ? '—' : String(n))).join(' / ')}
              </Fact>
              <Fact label="Disabled at">
                <Nullable value={full.disabledTime} />
              </Fact>
              <Fact label="Last backup">
                <Nullable value={full.lastBackupTime} />
              </Fact>
            </>
          ) : null}
        </Facts>
      </Section>

      <Section title="Voice quality">
        <VoiceQualityTable voiceQuality={s.voiceQuality} caption={`Voice quality of ${row.name}`} />
      </Section>

      <Section title={`Status history (${TIMELINE_DAYS} days)`}>
        <ServiceTimeline row={row} now={now} />
      </Section>

      <Section title="Parameters">
        {liveNote ? <LiveNote text={liveNote} /> : null}
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
        {!full ? null : full.parameters && full.parameters.length > 0 ? (
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
              {full.parameters.map((parameter, i) => (
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
