/** The customer's SIP connections ("site locations"): one row each, deployment state as a status chip. */
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import CableOutlined from '@mui/icons-material/CableOutlined';
import type { SiteLocation } from '../../api/schemas';
import { EmptyState } from '../../components/EmptyState';
import { Nullable } from '../../components/Nullable';
import { StatusChip } from '../../components/StatusChip';
import { RouterLink } from '../../components/RouterLink';
import { describeStatus } from '../../domain/statuses';
import { CopyableValue, Section } from './Section';

export function DeploymentStateChip({ state }: { state: string | number | null }) {
  const info = describeStatus(state);
  if (!info) return <Nullable value={null} />;
  return <StatusChip label={info.label} severity={info.severity} />;
}

export interface SipConnectionsTableProps {
  /** The customer's guid: each connection opens on its own page under it. */
  guid: string;
  /** null: the response carried no SIP connection list at all. */
  sites: SiteLocation[] | null;
}

export function SipConnectionsTable({ guid, sites }: SipConnectionsTableProps) {
  const count = sites?.length ?? 0;
  return (
    <Section
      title="SIP connections"
      action={
        <Typography variant="body2" color="text.secondary">
          {count === 1 ? '1 connection' : `${count} connections`}
        </Typography>
      }
    >
      {count === 0 || !sites ? (
        <EmptyState
          headingLevel="h3"
          icon={<CableOutlined fontSize="inherit" />}
          title="No SIP connections"
          description="This service has no SIP connections (site locations) yet."
        />
      ) : (
        <TableContainer>
          <Table size="small" aria-label="SIP connections">
            <TableHead>
              <TableRow>
                <TableCell scope="col">Name</TableCell>
                <TableCell scope="col">ID</TableCell>
                <TableCell scope="col" align="right">
                  SBC ID
                </TableCell>
                <TableCell scope="col">Deployment state</TableCell>
                <TableCell scope="col">Configuration type</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {sites.map((site, index) => (
                // Ids should be unique; the index keeps React quiet if the platform ever repeats one.
                <TableRow key={`${site.id}-${index}`}>
                  <TableCell component="th" scope="row" sx={{ fontWeight: 'fontWeightMedium' }}>
                    <RouterLink to="/customers/$guid/sip/$siteId" params={{ guid, siteId: site.id }}>
                      {site.name?.trim() ? site.name : 'Unnamed connection'}
                    </RouterLink>
                  </TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>
                    <CopyableValue value={site.id} what={`ID of ${site.name ?? 'SIP connection'}`} />
                  </TableCell>
                  <TableCell align="right">
                    <Nullable value={site.sbcId} />
                  </TableCell>
                  <TableCell>
                    <DeploymentStateChip state={site.sbcDeploymentState} />
                  </TableCell>
                  <TableCell>
                    <Nullable value={site.sbcConfigurationType} />
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableContainer>
      )}
    </Section>
  );
}
