/** The entries, newest first: when, who, what, on which customer, and how it ended. */
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import type { AuditEntry } from '../../api/schemas/audit';
import { roleLabel } from '../../api/roles';
import { perLocale } from '../../i18n/format';
import { actionLabel, outcomeText, personText, targetText } from './format';
import { t } from './messages';

/** Date and time to the second, written the way the console's language writes them. */
const when = perLocale((locale) => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'medium' }));

function Secondary({ children }: { children: string }) {
  return (
    <Typography variant="body2" color="text.secondary" component="div">
      {children}
    </Typography>
  );
}

export function AuditTable({ entries }: { entries: readonly AuditEntry[] }) {
  return (
    <TableContainer>
      <Table size="small" aria-label={t('audit.table.label')}>
        <TableHead>
          <TableRow>
            <TableCell>{t('audit.column.time')}</TableCell>
            <TableCell>{t('audit.column.person')}</TableCell>
            <TableCell>{t('audit.column.action')}</TableCell>
            <TableCell>{t('audit.column.what')}</TableCell>
            <TableCell>{t('audit.column.outcome')}</TableCell>
            <TableCell>{t('audit.column.requestId')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {entries.map((entry) => (
            <TableRow key={entry.seq}>
              <TableCell>
                <time dateTime={entry.at}>{when().format(new Date(entry.at))}</time>
                <Secondary>{`#${entry.seq}`}</Secondary>
              </TableCell>
              <TableCell>
                {personText(entry)}
                <Secondary>{[entry.actor.email, entry.actor.role ? roleLabel(entry.actor.role) : null].filter(Boolean).join(' · ')}</Secondary>
              </TableCell>
              <TableCell>{actionLabel(entry.action)}</TableCell>
              <TableCell sx={{ overflowWrap: 'anywhere' }}>
                {`${entry.method} ${entry.resource}`}
                <Secondary>{targetText(entry)}</Secondary>
              </TableCell>
              <TableCell>
                <Typography variant="body2" color={entry.outcome.ok ? 'success' : 'error'} component="div" sx={{ fontWeight: 500 }}>
                  {outcomeText(entry)}
                </Typography>
                {entry.outcome.errorTicket ? <Secondary>{t('audit.table.errorTicket', { ticket: entry.outcome.errorTicket })}</Secondary> : null}
              </TableCell>
              <TableCell sx={{ fontFamily: 'monospace', overflowWrap: 'anywhere' }}>{entry.requestId}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
