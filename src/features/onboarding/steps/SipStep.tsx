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
import { t } from '../messages';
import { StepHeading } from './StepHeading';

function cleanupNote(related: ReadonlyArray<{ key: number; value: string | null }>, onboardingName: string, cleanup: string): string {
  if (related.length === 0) return '';
  const names = related.map((r) => t('onboarding.scriptWithId', { name: r.value ?? t('onboarding.sip.unnamed'), id: String(r.key) })).join(t('onboarding.sip.or'));
  return related.some((r) => String(r.key) === cleanup.trim())
    ? t('onboarding.sip.cleanupNamed', { onboarding: onboardingName })
    : t('onboarding.sip.cleanupOther', { onboarding: onboardingName, names });
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
      <StepHeading autoFocus={focusHeading}>{t('onboarding.step.sip')}</StepHeading>
      <Typography variant="body2" color="text.secondary">
        {t('onboarding.sip.intro')}
      </Typography>
      <SuggestField
        name="sip.sbcId"
        label={t('onboarding.sip.sbc')}
        required
        inputMode="numeric"
        suggestions={sbcs.suggestions}
        unavailable={sbcs.unavailable}
        helperText={t('onboarding.sip.sbcHelp')}
      />
      <SuggestField
        name="sip.sbcOnboardingScript"
        label={t('onboarding.sip.onboardingScript')}
        required
        suggestions={scripts.suggestions}
        unavailable={scripts.unavailable}
        onValueChange={pickCleanup}
        helperText={t('onboarding.sip.onboardingScriptHelp')}
      />
      <SuggestField
        name="sip.sbcCleanupScript"
        label={t('onboarding.sip.cleanupScript')}
        required
        suggestions={scripts.suggestions}
        unavailable={scripts.unavailable}
        helperText={
          chosen && related.length > 0
            ? cleanupNote(related, chosen.name ?? t('onboarding.sip.scriptNumber', { id: String(chosen.id) }), cleanup)
            : t('onboarding.sip.cleanupScriptHelp')
        }
      />
    </Stack>
  );
}
