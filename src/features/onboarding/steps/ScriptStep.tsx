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
import { t } from '../messages';
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
      <StepHeading autoFocus={focusHeading}>{t('onboarding.step.script')}</StepHeading>
      <Typography variant="body2" color="text.secondary">
        {t('onboarding.script.intro')}
      </Typography>
      <SuggestField
        name="script.cacProfile"
        label={t('onboarding.script.cacProfile')}
        suggestions={cac.suggestions}
        unavailable={cac.unavailable}
        helperText={t('onboarding.script.cacProfileHelp')}
      />
      <FormTextField name="script.proxySet" label={t('onboarding.script.proxySet')} helperText={t('onboarding.script.proxySetHelp')} />
      <FormTextField
        name="script.onlinePstnGateway"
        label={t('onboarding.script.onlinePstnGateway')}
        inputMode="url"
        helperText={t('onboarding.script.onlinePstnGatewayHelp')}
      />

      <Typography variant="h6" component="h3">
        {t('onboarding.script.carrierRegistration')}
      </Typography>
      <FormTextField
        name="script.carrierUserName"
        label={t('onboarding.script.carrierUserName')}
        helperText={t('onboarding.script.carrierUserNameHelp', { max: CARRIER_USER_NAME_MAX })}
      />
      {passwordLost ? (
        <Alert severity="warning">
          {t('onboarding.script.passwordLost')}
        </Alert>
      ) : null}
      <PasswordField
        name="script.carrierUserPassword"
        label={t('onboarding.script.carrierPassword')}
        helperText={t('onboarding.script.carrierPasswordHelp', { max: CARRIER_PASSWORD_MAX })}
      />
      <FormTextField
        name="script.carrierMainLine"
        label={t('onboarding.script.carrierMainLine')}
        helperText={t('onboarding.script.carrierMainLineHelp')}
      />
      <FormTextField
        name="script.carrierHostName"
        label={t('onboarding.script.carrierHostName')}
        helperText={t('onboarding.script.carrierHostNameHelp')}
      />

      <Typography variant="h6" component="h3">
        {t('onboarding.script.additionalProperties')}
      </Typography>
      <FormTextField name="script.additionalProp1" label={t('onboarding.script.additionalProp', { n: 1 })} helperText={t('onboarding.script.additionalProp1Help')} />
      <FormTextField name="script.additionalProp2" label={t('onboarding.script.additionalProp', { n: 2 })} helperText={t('onboarding.script.additionalPropHelp', { key: 'additionalProp2' })} />
      <FormTextField name="script.additionalProp3" label={t('onboarding.script.additionalProp', { n: 3 })} helperText={t('onboarding.script.additionalPropHelp', { key: 'additionalProp3' })} />

      <CustomVariables names={template?.customerVariables ?? []} scriptName={template?.name ?? undefined} />
    </Stack>
  );
}
