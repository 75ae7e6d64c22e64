/** The four steps, showing which are complete; a step can be opened once every step before it is complete. */
import Step from '@mui/material/Step';
import StepButton from '@mui/material/StepButton';
import StepLabel from '@mui/material/StepLabel';
import Stepper from '@mui/material/Stepper';
import Typography from '@mui/material/Typography';

export const STEP_TITLES = ['Customer', 'SIP connection', 'Script parameters', 'Review'] as const;

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
    <Stepper nonLinear activeStep={active} alternativeLabel aria-label="Steps" sx={{ mb: 4 }}>
      {STEP_TITLES.map((title, i) => {
        const complete = valid[i] === true && i < reached && !hasErrors[i];
        const reachable = valid.slice(0, i).every(Boolean);
        const state = i === active ? 'current step' : complete ? 'complete' : hasErrors[i] ? 'needs attention' : 'not complete';
        return (
          <Step key={title} completed={complete && i !== active}>
            <StepButton
              onClick={() => onSelect(i)}
              disabled={!reachable || i === active}
              aria-label={`${title}, ${state}`}
              optional={
                hasErrors[i] ? (
                  <Typography variant="caption" color="error">
                    Needs attention
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
