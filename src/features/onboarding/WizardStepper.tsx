/** The four steps, showing which are complete; a step can be opened once every step before it is complete. */
import Step from '@mui/material/Step';
import StepButton from '@mui/material/StepButton';
import StepLabel from '@mui/material/StepLabel';
import Stepper from '@mui/material/Stepper';
import Typography from '@mui/material/Typography';
import { t } from './messages';

const STEP_TITLE_IDS = ['onboarding.step.customer', 'onboarding.step.sip', 'onboarding.step.script', 'onboarding.step.review'] as const;

export interface WizardStepperProps {
  active: number;
  /** Per step 0..2: its values validate. */
  valid: boolean[];
  /** The furthest step reached so far: a step counts as complete once it was left with valid values. */
  reached: number;
  /** Per step 0..2: it has server errors or was refused on Next (shown as "needs attention"). */
  hasErrors: boolean[];
  onSelect: (step: number) => void;
}

export function WizardStepper({ active, valid, reached, hasErrors, onSelect }: WizardStepperProps) {
  return (
    <Stepper nonLinear activeStep={active} alternativeLabel aria-label={t('onboarding.stepper.label')} sx={{ mb: 4 }}>
      {STEP_TITLE_IDS.map((titleId, i) => {
        const title = t(titleId);
        const complete = valid[i] === true && i < reached && !hasErrors[i];
        const reachable = valid.slice(0, i).every(Boolean);
        const state = i === active ? 'current' : complete ? 'complete' : hasErrors[i] ? 'attention' : 'incomplete';
        const label = t(`onboarding.stepper.${state}`, { title });
        return (
          <Step key={titleId} completed={complete && i !== active}>
            <StepButton
              onClick={() => onSelect(i)}
              disabled={!reachable || i === active}
              aria-label={label}
              optional={
                hasErrors[i] ? (
                  <Typography variant="caption" color="error">
                    {t('onboarding.stepper.needsAttention')}
                  </Typography>
                ) : undefined
              }
            >
              <StepLabel error={hasErrors[i] === true}>{title}</StepLabel>
            </StepButton>
          </Step>
        );
      })}
    </Stepper>
  );
}
