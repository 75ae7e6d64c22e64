/**
 * Step 2: which SBC the customer's SIP connection (site location) is deployed on, and with which scripts.
 * Scripts are chosen by name; the cleanup script is the one the onboarding script's `relatedScripts`
 * names, set for the person and changeable (with a warning when it is not the related one). Every field
 * also takes a typed id, so a new SBC or a script not in the list can still be entered.
 */
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useFormContext, useWatch } from 'react-hook-form';
import { SuggestField } from '../components/SuggestField';
import type { Draft, DraftValues } from '../form/schema';
import { findTemplate } from '../lookups/suggestions';
import { useSbcLookup, useScriptLookup } from '../lookups/useWizardLookups';
import { StepHeading } from './StepHeading';

function cleanupNote(related: ReadonlyArray<{ key: number; value: string | null }>, onboardingName: string, cleanup: string): string {
  if (related.length === 0) return '';
  const names = related.map((r) => `${r.value ?? 'unnamed'} (ID ${r.key})`).join(' or ');
  return related.some((r) => String(r.key) === cleanup.trim())
    ? `The cleanup script ${onboardingName} names.`
    : `Warning: ${onboardingName} names ${names} as its cleanup script, not this one.`;
}

export function SipStep({ focusHeading }: { focusHeading: boolean }) {
  const { setValue, control } = useFormContext<DraftValues, unknown, Draft>();
  const scripts = useScriptLookup();
  const sbcs = useSbcLookup();
  const [onboarding, cleanup] = useWatch({ control, name: ['sip.sbcOnboardingScript', 'sip.sbcCleanupScript'] });
  const chosen = findTemplate(scripts.templates, onboarding);
  const related = chosen?.relatedScripts ?? [];

  const pickCleanup = (value: string) => {
    const template = findTemplate(scripts.templates, value);
    const first = template?.relatedScripts[0];
    if (first) setValue('sip.sbcCleanupScript', String(first.key), { shouldValidate: true });
  };

  return (
    <Stack spacing={3}>
      <StepHeading autoFocus={focusHeading}>SIP connection</StepHeading>
      <Typography variant="body2" color="text.secondary">
        The customer gets one site location: an SBC configuration created by running the onboarding script on the SBC.
        Choose from the lists, or type an id from Live Platform.
      </Typography>
      <SuggestField
        name="sip.sbcId"
        label="SBC"
        required
        inputMode="numeric"
        suggestions={sbcs.suggestions}
        unavailable={sbcs.unavailable}
        helperText="The SBCs earlier customers’ SIP connections use, with how many each carries, and those the calling profiles name. A new SBC: type its id in Live Platform."
      />
      <SuggestField
        name="sip.sbcOnboardingScript"
        label="Onboarding script"
        required
        suggestions={scripts.suggestions}
        unavailable={scripts.unavailable}
        onValueChange={pickCleanup}
        helperText="The SBC onboarding script, by name (from Live Platform’s script templates), or its id."
      />
      <SuggestField
        name="sip.sbcCleanupScript"
        label="Cleanup script"
        required
        suggestions={scripts.suggestions}
        unavailable={scripts.unavailable}
        helperText={
          chosen && related.length > 0
            ? cleanupNote(related, chosen.name ?? `script ${chosen.id}`, cleanup)
            : 'The script that removes the configuration again; chosen for you when the onboarding script names one.'
        }
      />
    </Stack>
  );
}
