/**
 * The age of the server's snapshot, and while the Live Platform cannot be read, a warning with the
 * reason: the page keeps showing the last snapshot (never an empty page) and says how old it is.
 * Times are the server's (takenAt, servedAt), placed on this browser's clock by `receivedAt`, so a
 * browser whose clock is off still shows the right age.
 */
import { formatRelativeTime, RelativeTime } from './RelativeTime';
import Alert from '@mui/material/Alert';
import { useT } from './messages';

export interface SnapshotTimes {
  takenAt: string;
  servedAt: string;
  stale: { since: string; reason: string } | null;
}

/** When the snapshot was taken, in this browser's clock (ms); NaN when a time is unreadable. */
export function takenAtLocal(meta: SnapshotTimes, receivedAt: number): number {
  return receivedAt - (Date.parse(meta.servedAt) - Date.parse(meta.takenAt));
}

function localOf(serverTime: string, meta: SnapshotTimes, receivedAt: number): number {
  return receivedAt - (Date.parse(meta.servedAt) - Date.parse(serverTime));
}

/** "Live Platform read 2 minutes ago", for a page header's meta line. */
export function SnapshotAge({ meta, receivedAt }: { meta: SnapshotTimes; receivedAt: number }) {
  return <RelativeTime date={takenAtLocal(meta, receivedAt)} sentence="snapshot" />;
}

export function SnapshotStaleAlert({ meta, receivedAt }: { meta: SnapshotTimes; receivedAt: number }) {
  const t = useT();
  if (!meta.stale) return null;
  const since = formatRelativeTime(localOf(meta.stale.since, meta, receivedAt));
  const age = formatRelativeTime(takenAtLocal(meta, receivedAt));
  return (
    <Alert severity="warning" sx={{ mb: 2 }}>
      {t('snapshot.stale', { since, reason: meta.stale.reason, age })}
    </Alert>
  );
}
