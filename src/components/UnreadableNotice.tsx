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
import { rich } from '../i18n/rich';
import { t, useT } from './messages';

/** What the rows are (each has its plural message in messages.en.json). */
export type UnreadableKind = 'rows' | 'sipConnections' | 'ovocServices' | 'attachedServiceIds' | 'taskMessages';

export interface UnreadableNoticeProps {
  unreadable: readonly UnreadableRow[];
  /** What the rows are ("rows", "SIP connections", "OVOC services"): a key of the catalogue, not words. */
  kind?: UnreadableKind;
  /** Where they came from, in the active language, for the details' caption, e.g. "the services list". */
  source: string;
  /** How many there were, when `unreadable` holds only the first of them (our server keeps UNREADABLE_KEPT). */
  count?: number;
}

/** At most this many rows are listed; the count above says how many there were. */
const SHOWN_MAX = 50;

export function unreadableTitle(count: number, kind: UnreadableKind = 'rows'): string {
  return t(`unreadable.title.${kind}`, { count });
}

export function UnreadableNotice({ unreadable, kind = 'rows', source, count = unreadable.length }: UnreadableNoticeProps) {
  const translate = useT();
  const [open, setOpen] = useState(false);
  const id = useId();
  if (count === 0) return null;
  const shown = unreadable.slice(0, SHOWN_MAX);
  return (
    // A plain box, not the lazy Alert: it must show with the rows, not after a chunk loads.
    <Box role="status" sx={{ mb: 2, px: 2, py: 1, border: 1, borderColor: 'warning.main', borderRadius: 1, typography: 'body2' }}>
      <Button color="inherit" size="small" aria-expanded={open} aria-controls={id} onClick={() => setOpen((value) => !value)} sx={{ float: 'right' }}>
        {translate(open ? 'unreadable.hide' : 'unreadable.show')}
      </Button>
      {rich(translate, 'unreadable.explanation', { title: <strong>{unreadableTitle(count, kind)}</strong> })}
      {open ? (
        <Box
          component="table"
          id={id}
          sx={{ mt: 1, borderCollapse: 'collapse', fontSize: '0.8125rem', '& th, & td': { textAlign: 'left', pr: 2, py: 0.25, verticalAlign: 'top' } }}
        >
          <caption style={{ textAlign: 'left' }}>
            {count > shown.length ? translate('unreadable.captionFirst', { source, shown: shown.length }) : translate('unreadable.caption', { source })}
          </caption>
          <thead>
            <tr>
              <th scope="col">{translate('unreadable.position')}</th>
              <th scope="col">{translate('unreadable.field')}</th>
              <th scope="col">{translate('unreadable.value')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((row) => (
              <tr key={`${row.index}:${row.path}`}>
                <td>{`[${row.index}]`}</td>
                <td>{row.path === '' ? translate('unreadable.wholeRow') : <code>{row.path}</code>}</td>
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
