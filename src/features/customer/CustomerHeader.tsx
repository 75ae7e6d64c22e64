/** The customer's identity: names, licence, Microsoft tenant and GUID (both copyable). */
import { useId, type ReactNode } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import DeleteOutlined from '@mui/icons-material/DeleteOutlined';
import ReceiptLongOutlined from '@mui/icons-material/ReceiptLongOutlined';
import { useRoleAccess } from '../../api/roles';
import type { CustomerDetails } from '../../api/schemas';
import { Nullable } from '../../components/Nullable';
import { RouterButton } from '../../components/RouterButton';
import { PageHeader } from '../../components/PageHeader';
import { licenseFamily, licenseTypeInfo, licenseTypeName } from '../../domain/license-types';
import { CopyableValue, Fact, FactList, Section } from './Section';
import { t } from './messages';

/** "OC Essentials Plus (Operator Connect)"; an unknown code as it came, marked unknown. */
export function licenseText(code: number | null): string | null {
  const name = licenseTypeName(code);
  if (name === null) return null;
  if (!licenseTypeInfo(code)) return t('customer.license.unknown', { name });
  const family = licenseFamily(code);
  return family ? `${name} (${family})` : name;
}

export interface CustomerHeaderProps {
  customer: CustomerDetails;
  /** The GUID the page was opened with: the heading's last fallback when the answer names none. */
  guid: string;
  before: ReactNode;
  onDelete: () => void;
}

export function CustomerHeader({ customer, guid, before, onDelete }: CustomerHeaderProps) {
  const fullName = customer.customerFullName?.trim() ? customer.customerFullName : null;
  const access = useRoleAccess();
  const reasonId = useId();
  return (
    <>
      <PageHeader
        before={before}
        // Never an empty heading: blank names (the tolerant reader lets "" through) fall back to the GUID.
        title={fullName ?? (customer.customerShortName.trim() || guid)}
        description={licenseText(customer.licenseType) ?? undefined}
        actions={
          // Disabled, not hidden: the desk sees the action exists and why it is not theirs.
          <Box sx={{ display: 'flex', flexDirection: 'column', alignItems: 'flex-end', gap: 1 }}>
            {access.role === 'admin' ? (
              // The audit trail's entries for this customer (administrators only, as the trail itself).
              <RouterButton to="/audit" search={{ guid: customer.umpCustomerGuid, name: customer.customerShortName }} variant="text" startIcon={<ReceiptLongOutlined />}>
                {t('customer.changes')}
              </RouterButton>
            ) : null}
            <Button
              color="error"
              variant="outlined"
              startIcon={<DeleteOutlined />}
              onClick={onDelete}
              disabled={!access.can('admin')}
              aria-describedby={access.can('admin') ? undefined : reasonId}
            >
              {t('customer.deleteService')}
            </Button>
            {access.role && !access.can('admin') ? (
              <Typography id={reasonId} variant="caption" color="text.secondary">
                {access.reason('admin')}
              </Typography>
            ) : null}
          </Box>
        }
      />
      <Section title={t('customer.service.title')}>
        <FactList>
          <Fact label={t('customer.service.fullName')}>
            <Nullable value={fullName} />
          </Fact>
          <Fact label={t('customer.service.shortName')}>{customer.customerShortName}</Fact>
          <Fact label={t('customer.service.licenseType')}>
            <Nullable value={licenseTypeName(customer.licenseType)} />
          </Fact>
          <Fact label={t('customer.service.licenseFamily')}>
            <Nullable value={licenseFamily(customer.licenseType)} />
          </Fact>
          <Fact label={t('customer.service.msTenantId')}>
            <CopyableValue value={customer.msTenantId} what={t('customer.service.msTenantId')} />
          </Fact>
          <Fact label={t('customer.service.guid')}>
            <CopyableValue value={customer.umpCustomerGuid} what={t('customer.service.guid')} />
          </Fact>
        </FactList>
      </Section>
    </>
  );
}
