/**
 * Recorded status changes (the server's history), newest first: when, which status, from what to
 * what. A first sighting reads "first seen", a service that left OVOC's answer "no longer reported".
 */
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import type { StatusChange, TrackedField } from '../api/schemas/console-snapshot';
import { formatExactTime } from '../i18n/format';
import { formatRelativeTime } from './RelativeTime';
import { statusLabel } from './status-words';
import { t, useT } from './messages';

/** A tracked field's name in the active language ("Voice quality"). */
export const fieldLabel = (field: TrackedField) => t(`timeline.field.${field}`);

/** A status word as people read it ("Error"); unknown words exactly as they came. */
export const statusWord = (value: string | null) => (value === null ? t('timeline.noLongerReported') : statusLabel(value));

export function changeText(change: StatusChange): string {
  const field = fieldLabel(change.field);
  if (change.firstSeen) return t('timeline.firstSeen', { field, to: statusWord(change.to) });
  return t('timeline.change', { field, from: change.from === null ? t('timeline.notReported') : statusWord(change.from), to: statusWord(change.to) });
}

export interface StatusTimelineProps {
  changes: readonly StatusChange[];
  /** Accessible name of the list. */
  label: string;
  now: number;
  /** Show each change's service name (a customer's timeline spans several services). */
  withName?: boolean;
  emptyText?: string;
}

export function StatusTimeline({ changes, label, now, withName = false, emptyText }: StatusTimelineProps) {
  const translate = useT();
  if (changes.length === 0) {
    return (
      <Typography variant="body2" color="text.secondary">
        {emptyText ?? translate('timeline.empty')}
      </Typography>
    );
  }
  const newestFirst = [...changes].sort((a, b) => Date.parse(b.at) - Date.parse(a.at));
  return (
    <Box component="ol" aria-label={label} sx={{ m: 0, pl: 0, listStyle: 'none', display: 'grid', rowGap: 0.5 }}>
      {newestFirst.map((change, index) => {
        const ms = Date.parse(change.at);
        return (
          <Box component="li" key={`${change.key}-${change.field}-${change.at}-${index}`} sx={{ display: 'flex', gap: 1, flexWrap: 'wrap' }}>
            <Typography variant="body2" color="text.secondary" component="span" sx={{ minWidth: 150 }}>
              {Number.isFinite(ms) ? (
                <time dateTime={new Date(ms).toISOString()} title={formatExactTime(ms)}>
                  {formatRelativeTime(ms, now)}
                </time>
              ) : (
                change.at
              )}
            </Typography>
            {withName ? (
              <Typography variant="body2" component="span" sx={{ fontWeight: 'fontWeightMedium' }}>
                {change.name ?? change.key}
              </Typography>
            ) : null}
            <Typography variant="body2" component="span">
              {changeText(change)}
            </Typography>
          </Box>
        );
      })}
    </Box>
  );
}
