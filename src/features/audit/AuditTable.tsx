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
import { ACTION_LABELS, outcomeText, personText, targetText } from './format';

const when = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'medium' });

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
      <Table size="small" aria-label="Audit entries">
        <TableHead>
          <TableRow>
            <TableCell>Time</TableCell>
            <TableCell>Person</TableCell>
            <TableCell>Action</TableCell>
            <TableCell>What</TableCell>
            <TableCell>Outcome</TableCell>
            <TableCell>Request id</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {entries.map((entry) => (
            <TableRow key={entry.seq}>
              <TableCell>
                <time dateTime={entry.at}>{when.format(new Date(entry.at))}</time>
                <Secondary>{`#${entry.seq}`}</Secondary>
              </TableCell>
              <TableCell>
                {personText(entry)}
                <Secondary>{[entry.actor.email, entry.actor.role ? roleLabel(entry.actor.role) : null].filter(Boolean).join(' · ')}</Secondary>
              </TableCell>
              <TableCell>{ACTION_LABELS[entry.action]}</TableCell>
              <TableCell sx={{ overflowWrap: 'anywhere' }}>
                {`${entry.method} ${entry.resource}`}
                <Secondary>{targetText(entry)}</Secondary>
              </TableCell>
              <TableCell>
                <Typography variant="body2" color={entry.outcome.ok ? 'success' : 'error'} component="div" sx={{ fontWeight: 500 }}>
                  {outcomeText(entry)}
                </Typography>
                {entry.outcome.errorTicket ? <Secondary>{`ErrorTicket ${entry.outcome.errorTicket}`}</Secondary> : null}
              </TableCell>
              <TableCell sx={{ fontFamily: 'monospace', overflowWrap: 'anywhere' }}>{entry.requestId}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
