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
import { StepHeading } from './StepHeading';

const OVOC_TYPES = [
  {
    value: 'IPGROUP_TYPE',
    label: 'IP Group (IPGROUP_TYPE)',
    help: 'The customer is monitored in OVOC as an IP Group on a shared, multi-tenant SBC. The create page’s example uses this type.',
  },
  {
    value: 'TENANT_TYPE',
    label: 'Tenant (TENANT_TYPE)',
    help: 'The customer is a tenant of its own in OVOC, with its own devices and users attached to it.',
  },
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
      <FormLabel component="legend">OVOC customer type</FormLabel>
      <RadioGroup name={field.name} value={field.value} onChange={(_e, value) => choose(value)} onBlur={field.onBlur}>
        {OVOC_TYPES.map((type, i) => (
          <FormControlLabel
            key={type.value}
            value={type.value}
            control={<Radio slotProps={{ input: { ref: i === 0 ? field.ref : undefined, 'aria-describedby': `ovoc-type-${type.value}` } }} />}
            label={
              <span>
                {type.label}
                <Typography id={`ovoc-type-${type.value}`} variant="body2" color="text.secondary" component="span" sx={{ display: 'block' }}>
                  {type.help}
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
      <StepHeading autoFocus={focusHeading}>Customer</StepHeading>
      {listCheck === 'unavailable' ? (
        <Alert severity="warning">
          The existing customers could not be loaded, so the short name cannot be checked for duplicates here. Live Platform
          still refuses a duplicate when you create the customer.
        </Alert>
      ) : null}
      {/* A short note while checking: a long one wrapped to a second line and moved the form up when it went. */}
      <FormTextField
        name="customer.shortName"
        label="Short name"
        required
        validateWhileTyping
        helperText={`${SHORT_NAME_MIN}-${SHORT_NAME_MAX} characters, no spaces, no dot, none of ${SHORT_NAME_FORBIDDEN.join(' ')}. Unique within the Microsoft tenant${listCheck === 'checking' ? ' (checking…)' : ''}.`}
      />
      <FormTextField
        name="customer.fullName"
        label="Full name"
        helperText={`Optional, at most ${FULL_NAME_MAX} characters. Left empty, the short name is used.`}
      />
      <FormTextField
        name="customer.msTenantId"
        label="Microsoft tenant id"
        required
        onValueChange={recheckName}
        helperText="The customer’s Microsoft 365 (Entra ID) tenant id, a GUID such as 4bf50a33-a383-4d3f-9403-220c898bc1b2."
      />
      <OvocCustomerTypeField />
      <SuggestField
        name="customer.channelId"
        label="Channel id"
        suggestions={channels.suggestions}
        unavailable={channels.unavailable}
        helperText="Optional. The channel of the customer tenant; suggested from the channels earlier customers use."
      />
      <FormTextField
        name="customer.lcCustomerId"
        label="Live Platform customer id"
        helperText="Optional. Set it to create the service under an existing Live Platform customer. Left empty, Live Platform creates a new customer entity and its service, both with this short name."
      />
    </Stack>
  );
}
