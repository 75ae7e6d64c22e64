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
      <VisuallyHidden>{`Starts with ${[...(prefix ?? '')].slice(0, SECRET_VISIBLE_CHARS).join(' ')}, the rest is hidden`}</VisuallyHidden>
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
      <Section title="App registration">
        <Typography variant="body2" color="text.secondary">
          {name
            ? `Not used by ${name} services: only Pro and Plus services have an app registration.`
            : 'Only Pro and Plus services have an app registration.'}
        </Typography>
      </Section>
    );
  }
  return (
    <Section title="App registration">
      <FactList>
        <Fact label="Default domain">
          <Nullable value={customer.msDefaultDomain} />
        </Fact>
        <Fact label="Application client ID">
          <CopyableValue value={customer.applicationClientId} what="application client ID" />
        </Fact>
        <Fact label="Client secret">
          <MaskedSecret prefix={customer.applicationClientSecret} />
        </Fact>
        <Fact label="Secret expires">
          <SecretExpiryValue raw={customer.clientSecretExpirationDate} now={now} />
        </Fact>
      </FactList>
    </Section>
  );
}
