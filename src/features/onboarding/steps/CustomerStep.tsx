/** Step 1: who the customer is. */
import Alert from '@mui/material/Alert';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useController, useFormContext } from 'react-hook-form';
import { SHORT_NAME_FORBIDDEN, SHORT_NAME_MAX, SHORT_NAME_MIN } from '../../../domain/short-name';
import { FormTextField } from '../components/FormTextField';
import { SuggestField } from '../components/SuggestField';
import { useSeenLookup } from '../lookups/useWizardLookups';
import { FULL_NAME_MAX, type Draft, type DraftValues } from '../form/schema';
import { t } from '../messages';
import { StepHeading } from './StepHeading';

const OVOC_TYPES = [
  { value: 'IPGROUP_TYPE', label: 'onboarding.customer.ovocType.ipGroup', help: 'onboarding.customer.ovocType.ipGroupHelp' },
  { value: 'TENANT_TYPE', label: 'onboarding.customer.ovocType.tenant', help: 'onboarding.customer.ovocType.tenantHelp' },
] as const;

export type ListCheck = 'checking' | 'ready' | 'unavailable';

function OvocCustomerTypeField() {
  const { control, trigger } = useFormContext<DraftValues, unknown, Draft>();
  const { field, fieldState } = useController({ name: 'customer.ovocCustomerType', control });
  const error = fieldState.error?.message;
  const choose = (value: string) => {
    field.onChange(value);
    if (error) void trigger(field.name);
  };
  return (
    <FormControl component="fieldset" error={error !== undefined} required>
      <FormLabel component="legend">{t('onboarding.customer.ovocType')}</FormLabel>
      <RadioGroup name={field.name} value={field.value} onChange={(_e, value) => choose(value)} onBlur={field.onBlur}>
        {OVOC_TYPES.map((type, i) => (
          <FormControlLabel
            key={type.value}
            value={type.value}
            control={<Radio slotProps={{ input: { ref: i === 0 ? field.ref : undefined, 'aria-describedby': `ovoc-type-${type.value}` } }} />}
            label={
              <span>
                {t(type.label)}
                <Typography id={`ovoc-type-${type.value}`} variant="body2" color="text.secondary" component="span" sx={{ display: 'block' }}>
                  {t(type.help)}
                </Typography>
              </span>
            }
            sx={{ alignItems: 'flex-start', mb: 1, '& .MuiRadio-root': { mt: -0.75 } }}
          />
        ))}
      </RadioGroup>
      {error ? <FormHelperText>{error}</FormHelperText> : null}
    </FormControl>
  );
}

export function CustomerStep({ focusHeading, listCheck }: { focusHeading: boolean; listCheck: ListCheck }) {
  const { trigger, getValues } = useFormContext<DraftValues, unknown, Draft>();
  const channels = useSeenLookup('channelIds');
  // The duplicate rule depends on the tenant too: re-check a name already typed when the tenant changes.
  const recheckName = () => {
    if (getValues('customer.shortName') !== '') void trigger('customer.shortName');
  };
  return (
    <Stack spacing={3}>
      <StepHeading autoFocus={focusHeading}>{t('onboarding.step.customer')}</StepHeading>
      {listCheck === 'unavailable' ? (
        <Alert severity="warning">
          {t('onboarding.customer.listUnavailable')}
        </Alert>
      ) : null}
      {/* A short note while checking: a long one wrapped to a second line and moved the form up when it went. */}
      <FormTextField
        name="customer.shortName"
        label={t('onboarding.customer.shortName')}
        required
        validateWhileTyping
        helperText={t('onboarding.customer.shortNameHelp', {
          min: SHORT_NAME_MIN,
          max: SHORT_NAME_MAX,
          forbidden: SHORT_NAME_FORBIDDEN.join(' '),
          checking: listCheck === 'checking' ? 'yes' : 'no',
        })}
      />
      <FormTextField
        name="customer.fullName"
        label={t('onboarding.customer.fullName')}
        helperText={t('onboarding.customer.fullNameHelp', { max: FULL_NAME_MAX })}
      />
      <FormTextField
        name="customer.msTenantId"
        label={t('onboarding.customer.msTenantId')}
        required
        onValueChange={recheckName}
        helperText={t('onboarding.customer.msTenantIdHelp')}
      />
      <OvocCustomerTypeField />
      <SuggestField
        name="customer.channelId"
        label={t('onboarding.customer.channelId')}
        suggestions={channels.suggestions}
        unavailable={channels.unavailable}
        helperText={t('onboarding.customer.channelIdHelp')}
      />
      <FormTextField
        name="customer.lcCustomerId"
        label={t('onboarding.customer.lcCustomerId')}
        helperText={t('onboarding.customer.lcCustomerIdHelp')}
      />
    </Stack>
  );
}
