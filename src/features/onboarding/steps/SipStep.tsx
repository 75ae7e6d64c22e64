/** Step 2: which SBC the customer's SIP connection (site location) is deployed on, and with which scripts. */
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { FormTextField } from '../components/FormTextField';
import { StepHeading } from './StepHeading';

export function SipStep({ focusHeading }: { focusHeading: boolean }) {
  return (
    <Stack spacing={3}>
      <StepHeading autoFocus={focusHeading}>SIP connection</StepHeading>
      <Typography variant="body2" color="text.secondary">
        The customer gets one site location: an SBC configuration created by running the onboarding script on the SBC.
        All three values are whole numbers from Live Platform.
      </Typography>
      <FormTextField
        name="sip.sbcId"
        label="SBC id"
        required
        inputMode="numeric"
        helperText="The SBC’s id in Live Platform’s SBC list (Known SBCs). When UMP-365 runs as a tenant, the id of the SBC registered in Live Platform (OVOC)."
      />
      <FormTextField
        name="sip.sbcOnboardingScript"
        label="Onboarding script id"
        required
        inputMode="numeric"
        helperText="The id of the SBC onboarding script, from SBC Template Scenarios in Live Platform."
      />
      <FormTextField
        name="sip.sbcCleanupScript"
        label="Cleanup script id"
        required
        inputMode="numeric"
        helperText="The id of the SBC cleanup script, from SBC Template Scenarios in Live Platform."
      />
    </Stack>
  );
}
