/**
 * The OVOC customer behind a service (`PUT .../customers/{id}`), in a side panel whose state is the
 * URL's `customer` param (so it can be pasted). Attached services link back to their table rows.
 */
import Box from '@mui/material/Box';
import { UnreadableNotice } from '../../components/UnreadableNotice';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Divider from '@mui/material/Divider';
import Drawer from '@mui/material/Drawer';
import IconButton from '@mui/material/IconButton';
import Link from '@mui/material/Link';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import CloseOutlined from '@mui/icons-material/CloseOutlined';
import { useQuery } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { ovocQueries } from '../../api/queries';
import type { OvocCustomer } from '../../api/schemas';
import { CopyButton } from '../../components/CopyButton';
import { ErrorPanel } from '../../components/ErrorPanel';
import { Nullable } from '../../components/Nullable';
import { OvocStatusChip, VoiceQualityTable } from './OvocStatus';
import { formatDefinedAt } from './format';
import { parseOvocDateTime, type HealthRow } from './rows';
import { Fact, Facts } from './ServiceDetails';
import { t, type HealthMessageId } from './messages';

const TITLE_ID = 'ovoc-customer-title';

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Box component="section">
      <Typography variant="subtitle1" component="h3" sx={{ mb: 1 }}>
        {title}
      </Typography>
      {children}
    </Box>
  );
}

interface AttachedProps {
  ids: readonly (string | number)[];
  rowsByKey: ReadonlyMap<string, HealthRow>;
  onGoToService: (key: string) => void;
}

function AttachedServices({ ids, rowsByKey, onGoToService }: AttachedProps) {
  if (ids.length === 0) return <Typography variant="body2">{t('health.customer.noAttached')}</Typography>;
  return (
    <List dense disablePadding aria-label={t('health.customer.attached')}>
      {ids.map((id, index) => {
        const row = rowsByKey.get(String(id));
        return (
          // With the position: an answer may list the same service twice.
          <ListItem key={`${String(id)}@${index}`} disableGutters sx={{ gap: 1, flexWrap: 'wrap' }}>
            {row ? (
              <>
                <Button size="small" variant="outlined" onClick={() => onGoToService(row.key)} aria-label={t('health.customer.showInTable', { name: row.name })}>
                  {row.name}
                </Button>
                <OvocStatusChip value={row.service.status} />
                <Typography variant="caption" color="text.secondary">
                  {t('health.customer.serviceId', { id: String(id) })}
                </Typography>
              </>
            ) : (
              <Typography variant="body2">{t('health.customer.notListed', { id: String(id) })}</Typography>
            )}
          </ListItem>
        );
      })}
    </List>
  );
}

function Contacts({ contacts }: { contacts: OvocCustomer['contacts'] }) {
  const entries: Array<[HealthMessageId, string | null, 'email' | 'phone' | 'text']> = [
    ['health.customer.email', contacts?.email ?? null, 'email'],
    ['health.customer.secondaryEmail', contacts?.secondaryEmail ?? null, 'email'],
    ['health.customer.phone', contacts?.phone ?? null, 'phone'],
    ['health.customer.secondaryPhone', contacts?.secondaryPhone ?? null, 'phone'],
    ['health.customer.generalInfo', contacts?.generalInfo ?? null, 'text'],
  ];
  const present = entries.filter(([, value]) => value !== null && value.trim() !== '');
  if (present.length === 0) return <Typography variant="body2">{t('health.customer.noContacts')}</Typography>;
  return (
    <Facts>
      {present.map(([label, value, kind]) => (
        <Fact key={label} label={t(label)}>
          {kind === 'email' ? <Link href={`mailto:${value}`}>{value}</Link> : kind === 'phone' ? <Link href={`tel:${value}`}>{value}</Link> : value}
        </Fact>
      ))}
    </Facts>
  );
}

function EnabledServices({ services }: { services: OvocCustomer['services'] }) {
  const entries = Object.entries(services ?? {});
  if (entries.length === 0) return <Typography variant="body2">{t('health.customer.noServices')}</Typography>;
  return (
    <Facts>
      {entries.map(([type, entry]) => (
        <Fact key={type} label={type}>
          {entry?.meteringTag ? (
            t('health.customer.meteringTag', { tag: entry.meteringTag })
          ) : (
            <Typography variant="body2" color="text.secondary">
              {t('health.customer.noMeteringTag')}
            </Typography>
          )}
        </Fact>
      ))}
    </Facts>
  );
}

function DefinedAt({ text }: { text: string | null }) {
  const ms = parseOvocDateTime(text);
  const defined = formatDefinedAt(ms);
  if (!defined) return <Nullable value={text} />;
  return (
    <time dateTime={new Date(ms).toISOString()} title={defined.full}>
      {defined.date} ({defined.relative})
    </time>
  );
}

function CustomerBody({ customer, rowsByKey, onGoToService }: { customer: OvocCustomer } & Omit<AttachedProps, 'ids'>) {
  return (
    <Stack spacing={3} divider={<Divider flexItem />}>
      <Facts>
        <Fact label={t('health.customer.status')}>
          <OvocStatusChip value={customer.status} />
        </Fact>
        <Fact label={t('health.customer.management')}>
          <OvocStatusChip value={customer.applicationsStatus?.management?.managementStatus} />
        </Fact>
        <Fact label={t('health.customer.id')}>
          <Nullable value={customer.id} />
        </Fact>
        <Fact label={t('health.customer.fullName')}>
          <Nullable value={customer.fullName} />
        </Fact>
        <Fact label={t('health.customer.description')}>
          <Nullable value={customer.description} />
        </Fact>
        <Fact label={t('health.customer.tenant')}>
          <Nullable value={customer.msTenantId} />
          {customer.msTenantId ? <CopyButton value={customer.msTenantId} what={t('health.customer.tenantId')} /> : null}
        </Fact>
        <Fact label={t('health.customer.channel')}>
          <Nullable value={customer.channelId} />
        </Fact>
        <Fact label={t('health.customer.defined')}>
          <DefinedAt text={customer.definedAt} />
        </Fact>
      </Facts>
      <Section title={t('health.customer.attached')}>
        {customer.$unreadable?.attachedServices ? (
          <UnreadableNotice unreadable={customer.$unreadable.attachedServices} kind="attachedServiceIds" source={t('health.customer.unreadableSource')} />
        ) : null}
        <AttachedServices ids={customer.attachedServices ?? []} rowsByKey={rowsByKey} onGoToService={onGoToService} />
      </Section>
      <Section title={t('health.customer.voiceQuality')}>
        <VoiceQualityTable voiceQuality={customer.applicationsStatus?.voiceQuality ?? null} caption={t('health.customer.voiceQualityCaption')} />
      </Section>
      <Section title={t('health.customer.contacts')}>
        <Contacts contacts={customer.contacts} />
      </Section>
      <Section title={t('health.customer.enabledServices')}>
        <EnabledServices services={customer.services} />
      </Section>
    </Stack>
  );
}

export interface CustomerDrawerProps {
  /** undefined = closed. */
  customerId: number | undefined;
  onClose: () => void;
  rowsByKey: ReadonlyMap<string, HealthRow>;
  onGoToService: (key: string) => void;
  /** False when closing moves focus elsewhere on purpose (to a service row). */
  restoreFocus?: boolean;
}

export function CustomerDrawer({ customerId, onClose, rowsByKey, onGoToService, restoreFocus = true }: CustomerDrawerProps) {
  const open = customerId !== undefined;
  // Keep showing the last customer while the panel slides out.
  const [shownId, setShownId] = useState(customerId);
  if (customerId !== undefined && customerId !== shownId) setShownId(customerId);
  const id = customerId ?? shownId ?? 0;
  const query = useQuery({ ...ovocQueries.customer(id), enabled: open });
  const customer = query.data;
  return (
    <Drawer
      anchor="right"
      open={open}
      onClose={onClose}
      disableRestoreFocus={!restoreFocus}
      // Above the app bar (which sits above the permanent navigation drawer).
      sx={{ zIndex: (theme) => theme.zIndex.modal }}
      slotProps={{ paper: { role: 'dialog', 'aria-modal': true, 'aria-labelledby': TITLE_ID, sx: { width: { xs: '100%', sm: 600 }, p: 3 } } }}
    >
      <Stack direction="row" sx={{ alignItems: 'flex-start', justifyContent: 'space-between', mb: 2, gap: 1 }}>
        <Box sx={{ minWidth: 0 }}>
          <Typography variant="overline" component="p" color="text.secondary">
            {t('health.customer.overline', { id })}
          </Typography>
          <Typography id={TITLE_ID} variant="h5" component="h2" sx={{ overflowWrap: 'anywhere' }}>
            {[customer?.name, customer?.fullName].find((text) => text && text.trim() !== '') ?? t('health.customer.fallbackTitle', { id })}
          </Typography>
        </Box>
        <IconButton onClick={onClose} aria-label={t('health.customer.close')}>
          <CloseOutlined />
        </IconButton>
      </Stack>
      {query.isPending && open ? (
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }} role="status">
          <CircularProgress size={20} aria-hidden />
          <Typography variant="body2">{t('health.customer.loading')}</Typography>
        </Stack>
      ) : query.isError && !customer ? (
        <ErrorPanel error={query.error} ovoc="customer" onRetry={() => void query.refetch()} title={t('health.customer.loadFailed')} />
      ) : customer ? (
        <CustomerBody customer={customer} rowsByKey={rowsByKey} onGoToService={onGoToService} />
      ) : null}
    </Drawer>
  );
}
