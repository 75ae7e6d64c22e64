/** Step 3: the parameters the onboarding script uses. All optional; left empty they are not sent. */
import Alert from '@mui/material/Alert';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useFormContext, useWatch } from 'react-hook-form';
import { FormTextField, PasswordField } from '../components/FormTextField';
import { SuggestField } from '../components/SuggestField';
import { CARRIER_PASSWORD_MAX, CARRIER_USER_NAME_MAX, type Draft, type DraftValues } from '../form/schema';
import { findTemplate } from '../lookups/suggestions';
import { useScriptLookup, useSeenLookup } from '../lookups/useWizardLookups';
import { CustomVariables } from './CustomVariables';
import { StepHeading } from './StepHeading';

export interface ScriptStepProps {
  focusHeading: boolean;
  /** A password had been typed before the page reloaded; it is never stored, so it is gone. */
  passwordLost: boolean;
}

export function ScriptStep({ focusHeading, passwordLost }: ScriptStepProps) {
  const { control } = useFormContext<DraftValues, unknown, Draft>();
  const onboarding = useWatch({ control, name: 'sip.sbcOnboardingScript' });
  const template = findTemplate(useScriptLookup().templates, onboarding);
  const cac = useSeenLookup('cacProfiles');
  return (
    <Stack spacing={3}>
      <StepHeading autoFocus={focusHeading}>Script parameters</StepHeading>
      <Typography variant="body2" color="text.secondary">
        Values the onboarding script applies on the SBC. Every one is optional: a field left empty is not sent.
      </Typography>
      <SuggestField
        name="script.cacProfile"
        label="CAC profile"
        suggestions={cac.suggestions}
        unavailable={cac.unavailable}
        helperText='The preconfigured number of CAC sessions, e.g. "10 sessions"; suggested from the SIP connections already seen.'
      />
      <FormTextField name="script.proxySet" label="Proxy set" helperText='The SBC proxy set, e.g. "SIPTrunk".' />
      <FormTextField
        name="script.onlinePstnGateway"
        label="Online PSTN gateway"
        inputMode="url"
        helperText="The fully qualified domain name of the SBC that handles the tenant’s calls, e.g. sbc.example.com."
      />

      <Typography variant="h6" component="h3">
        Carrier registration
      </Typography>
      <FormTextField
        name="script.carrierUserName"
        label="Carrier user name"
        helperText={`The digest (MD5) authentication user name, at most ${CARRIER_USER_NAME_MAX} characters.`}
      />
      {passwordLost ? (
        <Alert severity="warning">
          The carrier password is never saved, so it was cleared when the page reloaded. Enter it again, or leave it empty to send none.
        </Alert>
      ) : null}
      <PasswordField
        name="script.carrierUserPassword"
        label="Carrier password"
        helperText={`The digest (MD5) authentication password, at most ${CARRIER_PASSWORD_MAX} characters. Printable ASCII only (letters, digits, punctuation, space): the platform refuses “wide” characters, and ASCII is the reading every SBC accepts. It is never saved in the browser.`}
      />
      <FormTextField
        name="script.carrierMainLine"
        label="Carrier main line"
        helperText="The address-of-record user: the ContactUser in ContactUser@HostName of SIP REGISTER From/To headers."
      />
      <FormTextField
        name="script.carrierHostName"
        label="Carrier host name"
        helperText="The address-of-record host: the HostName in ContactUser@HostName of SIP REGISTER From/To headers."
      />

      <Typography variant="h6" component="h3">
        Additional properties
      </Typography>
      <FormTextField name="script.additionalProp1" label="Additional property 1" helperText='Sent as additionalProp1, e.g. "Service Provider2 SBC".' />
      <FormTextField name="script.additionalProp2" label="Additional property 2" helperText="Sent as additionalProp2." />
      <FormTextField name="script.additionalProp3" label="Additional property 3" helperText="Sent as additionalProp3." />

      <CustomVariables names={template?.customerVariables ?? []} scriptName={template?.name ?? undefined} />
    </Stack>
  );
}
