/** The customer's SIP connections ("site locations"): one row each, deployment state as a status chip. */
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import CableOutlined from '@mui/icons-material/CableOutlined';
import type { ReactNode } from 'react';
import type { SiteLocation, UnreadableRow } from '../../api/schemas';
import { EmptyState } from '../../components/EmptyState';
import { Nullable } from '../../components/Nullable';
import { StatusChip } from '../../components/StatusChip';
import { UnfitValue } from '../../components/UnfitValue';
import { UnreadableNotice } from '../../components/UnreadableNotice';
import { readState, type IntegerStateField } from '../../domain/integer-states';
import { RouterLink } from '../../components/RouterLink';
import { statusLabel } from '../../components/status-words';
import { statusSeverity } from '../../domain/statuses';
import { CopyableValue, Section } from './Section';
import { t } from './messages';

/** A site's field as it came when it did not fit, else `shown`. */
function fitted(site: SiteLocation, field: keyof SiteLocation, shown: ReactNode): ReactNode {
  const unfit = site.$unfit?.[field];
  return unfit ? <UnfitValue value={unfit.value} expected={unfit.expected} /> : shown;
}

/** A state sent as a word or as an integer: the word from src/domain/integer-states.ts, or the integer, marked. */
function StateValue({ field, value }: { field: IntegerStateField; value: string | number | null }) {
  const reading = readState(field, value);
  if (!reading) return <Nullable value={null} />;
  if (reading.undocumented) return <UnfitValue value={value} text={reading.text} hint={t('sip.undocumentedState', { value: reading.text })} />;
  return <>{reading.text}</>;
}

export function DeploymentStateChip({ state }: { state: string | number | null }) {
  // An integer has no documented meaning: shown as sent, never coloured as if it were known.
  if (typeof state === 'number') return <StateValue field="sbcDeploymentState" value={state} />;
  const label = statusLabel(state);
  if (label === null) return <Nullable value={null} />;
  return <StatusChip label={label} severity={statusSeverity(state)} />;
}

export interface SipConnectionsTableProps {
  /** The customer's guid: each connection opens on its own page under it. */
  guid: string;
  /** null: the response carried no SIP connection list at all. */
  sites: SiteLocation[] | null;
  /** SIP connections that came in a shape that cannot be read (left out of the table). */
  unreadable?: readonly UnreadableRow[];
}

export function SipConnectionsTable({ guid, sites, unreadable = [] }: SipConnectionsTableProps) {
  const count = sites?.length ?? 0;
  return (
    <Section
      title={t('customer.sip.title')}
      action={
        <Typography variant="body2" color="text.secondary">
          {t('customer.sip.count', { count })}
        </Typography>
      }
    >
      {unreadable.length > 0 ? <UnreadableNotice unreadable={unreadable} kind="sipConnections" source={t('customer.sip.unreadableSource')} /> : null}
      {count === 0 || !sites ? (
        <EmptyState
          headingLevel="h3"
          icon={<CableOutlined fontSize="inherit" />}
          title={t('customer.sip.empty')}
          description={t('customer.sip.emptyHint')}
        />
      ) : (
        <TableContainer>
          <Table size="small" aria-label={t('customer.sip.title')}>
            <TableHead>
              <TableRow>
                <TableCell scope="col">{t('customer.sip.name')}</TableCell>
                <TableCell scope="col">{t('customer.sip.id')}</TableCell>
                <TableCell scope="col" align="right">
                  {t('customer.sip.sbcId')}
                </TableCell>
                <TableCell scope="col">{t('customer.sip.deploymentState')}</TableCell>
                <TableCell scope="col">{t('customer.sip.configurationType')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {sites.map((site, index) => (
                // Ids should be unique; the index keeps React quiet if the platform ever repeats one.
                <TableRow key={`${site.id}-${index}`}>
                  <TableCell component="th" scope="row" sx={{ fontWeight: 'fontWeightMedium' }}>
                    <RouterLink to="/customers/$guid/sip/$siteId" params={{ guid, siteId: site.id }}>
                      {fitted(site, 'name', <>{site.name?.trim() ? site.name : t('customer.sip.unnamed')}</>)}
                    </RouterLink>
                  </TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>
                    <CopyableValue value={site.id} what={t('customer.sip.idOf', { name: site.name ?? t('customer.sip.connection') })} />
                  </TableCell>
                  <TableCell align="right">
                    {fitted(site, 'sbcId', <Nullable value={site.sbcId} />)}
                  </TableCell>
                  <TableCell>
                    {fitted(site, 'sbcDeploymentState', <DeploymentStateChip state={site.sbcDeploymentState} />)}
                  </TableCell>
                  <TableCell>
                    {fitted(site, 'sbcConfigurationType', <StateValue field="sbcConfigurationType" value={site.sbcConfigurationType} />)}
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
