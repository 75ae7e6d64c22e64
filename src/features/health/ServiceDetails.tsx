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
import { t, type HealthMessageId } from './messages';

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
  expired: { label: 'health.details.trialExpired', color: 'error' },
  expiring: { label: 'health.details.trialExpiring', color: 'warning' },
  active: { label: 'health.details.trialActive', color: 'success' },
  unknown: { label: 'health.details.trialUnknown', color: 'default' },
} as const satisfies Record<string, { label: HealthMessageId; color: string }>;

function trialExpiryText(trial: TrialInfo): ReactNode {
  if (!trial.expiry) return trial.expiryText ?? <Nullable value={null} />;
  const days = trial.daysLeft ?? 0;
  const relative =
    days < 0 ? t('health.details.daysAgo', { days: -days }) : days === 0 ? t('health.details.today') : t('health.details.inDays', { days });
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
  if (query.isPending) return <LiveNote text={t('health.details.loadingHistory')} />;
  if (query.isError) return <LiveNote text={t('health.details.historyFailed', { message: describeError(query.error).message })} />;
  return (
    <StatusTimeline
      changes={query.data.changes}
      label={t('health.details.historyLabel', { name: row.name })}
      now={now}
      emptyText={t('health.details.historyEmpty', { days: TIMELINE_DAYS })}
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
      ? t('health.details.noId')
      : live.isPending
        ? t('health.details.reading')
        : live.isError
          ? t('health.details.readFailed', { message: describeError(live.error).message })
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
      <Section title={t('health.details.service')}>
        <Facts>
          <Fact label={t('health.details.ovocId')}>
            <Nullable value={s.id} />
          </Fact>
          <Fact label={t('health.details.serviceId')}>
            <Nullable value={s.serviceId} />
          </Fact>
          <Fact label={t('health.details.umpCustomer')}>
            <Nullable value={s.umpId} />
          </Fact>
          <Fact label={t('health.details.tenant')}>
            <Nullable value={s.serviceUcaasTenantId} />
            {s.serviceUcaasTenantId ? <CopyButton value={s.serviceUcaasTenantId} what={t('health.details.tenantId')} /> : null}
          </Fact>
          <Fact label={t('health.details.customer')}>
            {customerId === null ? (
              <Nullable value={null} />
            ) : (
              <Button size="small" onClick={() => onOpenCustomer(customerId)}>
                {t('health.details.openCustomer', { id: customerId })}
              </Button>
            )}
          </Fact>
          <Fact label={t('health.details.description')}>
            <Nullable value={s.description} />
          </Fact>
          {full ? (
            <>
              <Fact label={t('health.details.users')}>
                <Nullable value={full.umpUsersCount} />
              </Fact>
              <Fact label={t('health.details.dids')}>
                {[full.usedDIDs, full.freeDIDs, full.totalDIDs].map((n) => (n === null ? '—' : String(n))).join(' / ')}
              </Fact>
              <Fact label={t('health.details.disabledAt')}>
                <Nullable value={full.disabledTime} />
              </Fact>
              <Fact label={t('health.details.lastBackup')}>
                <Nullable value={full.lastBackupTime} />
              </Fact>
            </>
          ) : null}
        </Facts>
      </Section>

      <Section title={t('health.details.voiceQuality')}>
        <VoiceQualityTable voiceQuality={s.voiceQuality} caption={t('health.details.voiceQualityCaption', { name: row.name })} />
      </Section>

      <Section title={t('health.details.history', { days: TIMELINE_DAYS })}>
        <ServiceTimeline row={row} now={now} />
      </Section>

      <Section title={t('health.details.parameters')}>
        {liveNote ? <LiveNote text={liveNote} /> : null}
        {read.aiSummary || read.trial ? (
          <Box sx={{ mb: 1.5 }}>
            <Facts>
              {read.aiSummary ? (
                <Fact label={t('health.details.aiSummary')}>
                  <Nullable value={read.aiSummary.status} /> ·{' '}
                  {t('health.details.aiDevices', { active: read.aiSummary.activeDevices ?? '—', max: read.aiSummary.maxDevices ?? '—' })}
                </Fact>
              ) : null}
              {read.trial ? (
                <>
                  <Fact label={t('health.details.trial')}>
                    <Nullable value={read.trial.status} />
                    <Chip size="small" variant="outlined" color={TRIAL_LOOK[read.trial.state].color} label={t(TRIAL_LOOK[read.trial.state].label)} />
                  </Fact>
                  <Fact label={t('health.details.trialStarted')}>
                    {read.trial.start ? <time dateTime={read.trial.start.iso}>{formatCalendarDate(read.trial.start)}</time> : <Nullable value={null} />}
                  </Fact>
                  <Fact label={t('health.details.trialExpires')}>{trialExpiryText(read.trial)}</Fact>
                </>
              ) : null}
            </Facts>
          </Box>
        ) : null}
        {!full ? null : full.parameters && full.parameters.length > 0 ? (
          <Table size="small" sx={{ width: 'auto' }}>
            <caption style={{ captionSide: 'top', padding: 0, textAlign: 'left' }}>{t('health.details.allParameters')}</caption>
            <TableHead>
              <TableRow>
                <TableCell component="th" scope="col">{t('health.details.paramName')}</TableCell>
                <TableCell component="th" scope="col">{t('health.details.paramType')}</TableCell>
                <TableCell component="th" scope="col">{t('health.details.paramValue')}</TableCell>
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
                    <Nullable value={formatParameterValue(parameter.value)} missingLabel={t('health.details.paramEmpty')} />
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        ) : (
          <Typography variant="body2" color="text.secondary">
            {t('health.details.noParameters')}
          </Typography>
        )}
      </Section>
    </Box>
  );
}
