/**
 * "N rows could not be read": shown wherever a list (or a list inside a payload) had rows that did not
 * fit. The rows that could be read work normally; this says what was left out, and on request shows
 * each one's position, field and value as sent (escaped and truncated).
 */
import { useId, useState } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import type { UnreadableRow } from '../api/schemas';
import { asSentText } from '../domain/as-sent';

export interface UnreadableNoticeProps {
  unreadable: readonly UnreadableRow[];
  /** What the rows are, plural: "rows", "SIP connections", "OVOC services". */
  what?: string;
  /** Where they came from, for the details' caption, e.g. "the services list". */
  source: string;
  /** How many there were, when `unreadable` holds only the first of them (our server keeps UNREADABLE_KEPT). */
  count?: number;
}

/** At most this many rows are listed; the count above says how many there were. */
const SHOWN_MAX = 50;

export function unreadableTitle(count: number, what = 'rows'): string {
  const noun = count === 1 ? what.replace(/s$/, '') : what;
  return `${count.toLocaleString('en-US')} ${noun} could not be read`;
}

export function UnreadableNotice({ unreadable, what = 'rows', source, count = unreadable.length }: UnreadableNoticeProps) {
  const [open, setOpen] = useState(false);
  const id = useId();
  if (count === 0) return null;
  const shown = unreadable.slice(0, SHOWN_MAX);
  return (
    // A plain box, not the lazy Alert: it must show with the rows, not after a chunk loads.
    <Box role="status" sx={{ mb: 2, px: 2, py: 1, border: 1, borderColor: 'warning.main', borderRadius: 1, typography: 'body2' }}>
      <Button color="inherit" size="small" aria-expanded={open} aria-controls={id} onClick={() => setOpen((value) => !value)} sx={{ float: 'right' }}>
        {open ? 'Hide details' : 'Show details'}
      </Button>
      <strong>{unreadableTitle(count, what)}</strong>. They came in a shape the console cannot read, so they are left
      out; everything else is shown.
      {open ? (
        <Box
          component="table"
          id={id}
          sx={{ mt: 1, borderCollapse: 'collapse', fontSize: '0.8125rem', '& th, & td': { textAlign: 'left', pr: 2, py: 0.25, verticalAlign: 'top' } }}
        >
          <caption style={{ textAlign: 'left' }}>
            What could not be read in {source}
            {count > shown.length ? ` (the first ${shown.length})` : ''}
          </caption>
          <thead>
            <tr>
              <th scope="col">Position</th>
              <th scope="col">Field</th>
              <th scope="col">Value as sent</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((row) => (
              <tr key={`${row.index}:${row.path}`}>
                <td>{`[${row.index}]`}</td>
                <td>{row.path === '' ? 'the whole row' : <code>{row.path}</code>}</td>
                <td>
                  <code style={{ wordBreak: 'break-all' }}>{asSentText(row.value)}</code>
                </td>
              </tr>
            ))}
          </tbody>
        </Box>
      ) : null}
    </Box>
  );
}
