/**
 * The Microsoft app registration used by Pro and Plus services: default domain, client id, the
 * client secret (the API sends only its first characters; we show those and a mask, never more)
 * and when the secret expires.
 */
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import type { CustomerDetails } from '../../api/schemas';
import { Nullable } from '../../components/Nullable';
import { VisuallyHidden } from '../../components/VisuallyHidden';
import { licenseTypeName } from '../../domain/license-types';
import { maskSecret, SECRET_VISIBLE_CHARS } from '../../domain/secret-expiry';
import { SecretExpiryValue } from './SecretExpiryValue';
import { CopyableValue, Fact, FactList, Section } from './Section';
import { t } from './messages';

/** Hosted Essentials Plus, Hosted Pro, OC Essentials Plus, OC Pro: the licences with an app registration. */
const WITH_APP_REGISTRATION: ReadonlySet<number> = new Set([1, 2, 4, 5]);

function hasAppFields(customer: CustomerDetails): boolean {
  return [customer.msDefaultDomain, customer.applicationClientId, customer.applicationClientSecret, customer.clientSecretExpirationDate].some(
    (value) => value !== null && value.trim() !== '',
  );
}

function MaskedSecret({ prefix }: { prefix: string | null }) {
  const masked = maskSecret(prefix);
  if (masked === null) return <Nullable value={null} />;
  return (
    <>
      <Box component="code" aria-hidden="true" sx={{ fontFamily: 'monospace' }}>
        {masked}
      </Box>
      <VisuallyHidden>{t('customer.app.secretStartsWith', { chars: [...(prefix ?? '')].slice(0, SECRET_VISIBLE_CHARS).join(' ') })}</VisuallyHidden>
    </>
  );
}

export interface AppRegistrationSectionProps {
  customer: CustomerDetails;
  now: number;
}

export function AppRegistrationSection({ customer, now }: AppRegistrationSectionProps) {
  const applies = customer.licenseType !== null && WITH_APP_REGISTRATION.has(customer.licenseType);
  if (!applies && !hasAppFields(customer)) {
    const name = licenseTypeName(customer.licenseType);
    return (
      <Section title={t('customer.app.title')}>
        <Typography variant="body2" color="text.secondary">
          {name ? t('customer.app.notUsed', { name }) : t('customer.app.onlyProPlus')}
        </Typography>
      </Section>
    );
  }
  return (
    <Section title={t('customer.app.title')}>
      <FactList>
        <Fact label={t('customer.app.defaultDomain')}>
          <Nullable value={customer.msDefaultDomain} />
        </Fact>
        <Fact label={t('customer.app.clientId')}>
          <CopyableValue value={customer.applicationClientId} what={t('customer.app.clientIdWhat')} />
        </Fact>
        <Fact label={t('customer.app.clientSecret')}>
          <MaskedSecret prefix={customer.applicationClientSecret} />
        </Fact>
        <Fact label={t('customer.app.secretExpires')}>
          <SecretExpiryValue raw={customer.clientSecretExpirationDate} now={now} />
        </Fact>
      </FactList>
    </Section>
  );
}
