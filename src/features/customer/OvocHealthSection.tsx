/**
 * How OVOC sees this customer: the matching OVOC service(s) (src/domain/matching.ts), their status,
 * management and deploy status, and a link to the Health page filtered to each. OVOC is a second
 * system: when it fails, this section says so and the rest of the page is unaffected.
 */
import { useMemo } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Skeleton from '@mui/material/Skeleton';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import MonitorHeartOutlined from '@mui/icons-material/MonitorHeartOutlined';
import RefreshOutlined from '@mui/icons-material/RefreshOutlined';
import { useQuery } from '@tanstack/react-query';
import { ovocQueries } from '../../api/queries';
import type { OvocService } from '../../api/schemas';
import { describeError } from '../../api/error-words';
import { Nullable } from '../../components/Nullable';
import { RouterButton } from '../../components/RouterLink';
import { StatusChip } from '../../components/StatusChip';
import { statusLabel } from '../../components/status-words';
import { statusSeverity } from '../../domain/statuses';
import { matchOvocServices } from '../../domain/matching';
import { Fact, FactList, Section } from './Section';
import { t } from './messages';

function StatusValue({ value }: { value: string | number | null | undefined }) {
  const label = statusLabel(value);
  if (label === null) return <Nullable value={null} />;
  return <StatusChip label={label} severity={statusSeverity(value)} />;
}

/** What the Health page's search box should hold to show this service. */
export function serviceLabel(service: OvocService): string {
  // "" or white space is no name: fall through to the next field.
  const named = [service.name, service.serviceName].find((text) => text !== null && text.trim() !== '');
  return named ?? String(service.id ?? '');
}

function ServiceHealth({ service }: { service: OvocService }) {
  const label = serviceLabel(service);
  const management = service.applicationsStatus?.management;
  return (
    <Box component="article" aria-label={t('customer.ovoc.service', { label })} sx={{ '& + &': { mt: 2, pt: 2, borderTop: 1, borderColor: 'divider' } }}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', justifyContent: 'space-between', flexWrap: 'wrap', mb: 1 }}>
        <Typography variant="subtitle1" component="h3" sx={{ overflowWrap: 'anywhere' }}>
          {label}
          {service.id !== null ? (
            <Typography component="span" variant="body2" color="text.secondary">{` · ${t('customer.ovoc.serviceId', { id: service.id })}`}</Typography>
          ) : null}
        </Typography>
        {label !== '' ? (
          <RouterButton
            to="/health"
            search={{ q: label }}
            size="small"
            startIcon={<MonitorHeartOutlined />}
            aria-label={t('customer.ovoc.openLabel', { label })}
          >
            {t('customer.ovoc.open')}
          </RouterButton>
        ) : null}
      </Stack>
      <FactList>
        <Fact label={t('customer.ovoc.status')}>
          <StatusValue value={service.status} />
        </Fact>
        <Fact label={t('customer.ovoc.management')}>
          <StatusValue value={management?.managementStatus} />
        </Fact>
        <Fact label={t('customer.ovoc.deployStatus')}>
          <StatusValue value={management?.serviceDeployStatus} />
        </Fact>
      </FactList>
    </Box>
  );
}

export interface OvocHealthSectionProps {
  guid: string;
  shortName: string;
}

export function OvocHealthSection({ guid, shortName }: OvocHealthSectionProps) {
  const query = useQuery(ovocQueries.services());
  const services = query.data?.services;
  const match = useMemo(() => (services ? matchOvocServices({ guid, shortName }, services) : null), [services, guid, shortName]);

  let body;
  if (query.isPending) {
    body = (
      <Stack spacing={1} aria-busy="true" aria-label={t('customer.ovoc.loading')}>
        <Skeleton variant="text" width="40%" />
        <Skeleton variant="rounded" height={72} />
      </Stack>
    );
  } else if (query.isError && !match) {
    const info = describeError(query.error, { ovoc: 'services' });
    const title = info.documentedTitle ?? info.title;
    body = (
      <Alert
        severity="warning"
        action={
          <Button color="inherit" size="small" startIcon={<RefreshOutlined />} onClick={() => void query.refetch()} disabled={query.isFetching}>
            {t('customer.retry')}
          </Button>
        }
      >
        {t('customer.ovoc.unavailable', {
          reason: info.status !== undefined ? t('customer.ovoc.unavailableWithStatus', { title, status: info.status }) : title,
        })}
      </Alert>
    );
  } else if (!match || match.matchedBy === null) {
    body = (
      <Typography variant="body2" color="text.secondary">
        {t('customer.ovoc.noMatch', { shortName })}
      </Typography>
    );
  } else {
    body = (
      <>
        {match.matchedBy === 'name' ? (
          <Alert severity="info" sx={{ mb: 2 }}>
            {t('customer.ovoc.matchedByName', { count: match.services.length, shortName })}
          </Alert>
        ) : null}
        {match.services.map((service, index) => (
          <ServiceHealth key={`${service.id ?? 'service'}-${index}`} service={service} />
        ))}
      </>
    );
  }

  return <Section title={t('customer.ovoc.title')}>{body}</Section>;
}
