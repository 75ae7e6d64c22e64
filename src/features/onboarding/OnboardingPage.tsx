/**
 * `/customers/new`: onboard a Hosted Essentials customer (POST /api/v2/customer) in four steps.
 * A wrong request cannot be sent (every step validates; the body is built by one function and checked
 * against the wire schema), nothing typed is lost (sessionStorage draft, leave prompt), and a customer
 * is never created twice (see useCreateFlow).
 */
import { useEffect, useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import { FormProvider, type FieldErrors } from 'react-hook-form';
import { describeError } from '../../api/error-words';
import { ApiError } from '../../api/http';
import { PageHeader } from '../../components/PageHeader';
import { buildCreateRequest } from './form/build-request';
import { draftSchema, STEP_KEYS, type Draft, type DraftValues } from './form/schema';
import { mapServerErrors, type FieldPath, type MappedServerErrors } from './form/server-errors';
import { LeaveGuard } from './LeaveGuard';
import { CreateResult } from './result/CreateResult';
import { CustomerStep } from './steps/CustomerStep';
import { ReviewStep } from './steps/ReviewStep';
import { ScriptStep } from './steps/ScriptStep';
import { SipStep } from './steps/SipStep';
import { SubmitStatus } from './SubmitStatus';
import { canSend, useCreateFlow, type CreateFlowState } from './useCreateFlow';
import { useOnboardingForm } from './useOnboardingForm';
import { WizardStepper } from './WizardStepper';
import { t } from './messages';

const REVIEW = 3;

function firstStepWithErrors(errors: FieldErrors<DraftValues>): number {
  return STEP_KEYS.findIndex((key) => errors[key] !== undefined);
}

/** The review's body, or null when the draft does not validate (then the review is not reachable). */
function requestFrom(values: DraftValues) {
  const parsed = draftSchema().safeParse(values);
  return parsed.success ? buildCreateRequest(parsed.data) : null;
}

export function OnboardingPage() {
  const wizard = useOnboardingForm();
  const { form, step, setStep, values } = wizard;
  const flow = useCreateFlow();
  const [navigated, setNavigated] = useState(false);
  const [focusField, setFocusField] = useState<{ field: FieldPath } | null>(null);
  const [unmapped, setUnmapped] = useState<MappedServerErrors['other']>([]);
  const [confirmStartOver, setConfirmStartOver] = useState(false);
  const { errors, isSubmitting } = form.formState;

  const goTo = (next: number) => {
    setNavigated(true);
    setStep(next);
    // A refusal (or "safe to send again") is about the values as they were; leaving the review to change them closes it.
    if (next !== REVIEW && (flow.state.kind === 'refused' || flow.state.kind === 'absent')) flow.reset();
  };

  // After server errors moved the wizard to a step, put the cursor in the first refused field.
  useEffect(() => {
    if (focusField) form.setFocus(focusField.field);
  }, [focusField, form]);

  const { finish } = wizard;
  const created = flow.state.kind === 'created' || flow.state.kind === 'found';
  useEffect(() => {
    if (created) finish();
  }, [created, finish]);

  const next = async () => {
    const ok = await form.trigger(STEP_KEYS[step], { shouldFocus: true });
    if (ok) goTo(step + 1);
  };

  const showServerErrors = (state: CreateFlowState) => {
    if (state.kind !== 'refused') return;
    const fields: MappedServerErrors['fields'] = [];
    if (state.failure === 'duplicate') {
      // A bare "ErrorTicket=<uuid>" detail is for support, not a field message (describeError drops it).
      const { detail } = describeError(state.error);
      const message = t('onboarding.duplicateName', { shortName: state.request.shortName });
      fields.push({ field: 'customer.shortName', step: 'customer', messages: [detail ? `${message}. ${detail}` : message] });
      setUnmapped([]);
    } else if (state.failure === 'validation' && state.error instanceof ApiError) {
      const mapped = mapServerErrors(state.error.fieldErrors, values.script.customVariables.length);
      fields.push(...mapped.fields);
      setUnmapped(mapped.other);
    }
    for (const f of fields) form.setError(f.field, { type: 'server', message: f.messages.join(' ') });
    const first = fields[0];
    if (!first) return;
    const target = Math.min(...fields.map((f) => STEP_KEYS.indexOf(f.step)));
    goTo(target);
    setFocusField({ field: fields.find((f) => STEP_KEYS.indexOf(f.step) === target)?.field ?? first.field });
  };

  const create = form.handleSubmit(
    async (draft: Draft) => {
      showServerErrors(await flow.send(buildCreateRequest(draft)));
    },
    (invalid) => {
      const target = firstStepWithErrors(invalid);
      if (target >= 0) goTo(target);
    },
  );

  const startOver = () => {
    wizard.startOver();
    flow.reset();
    setUnmapped([]);
    setConfirmStartOver(false);
    setNavigated(true);
  };

  const hasErrors = STEP_KEYS.map((key) => errors[key] !== undefined);
  const sending = flow.state.kind === 'sending' || flow.state.kind === 'checking' || isSubmitting;

  return (
    <>
      <PageHeader
        title={t('onboarding.title')}
        description={t('onboarding.description')}
      />
      {flow.state.kind === 'created' ? (
        <CreateResult request={flow.state.request} response={flow.state.response} onCreateAnother={startOver} />
      ) : (
        <FormProvider {...form}>
          <LeaveGuard when={wizard.dirty} />
          {wizard.restored && wizard.dirty && !confirmStartOver ? (
            <Alert severity="info" sx={{ mb: 3 }} action={<Button color="inherit" size="small" onClick={() => setConfirmStartOver(true)}>{t('onboarding.startOver')}</Button>}>
              {t('onboarding.draftRestored')}
            </Alert>
          ) : null}
          {confirmStartOver ? (
            <Alert
              severity="warning"
              sx={{ mb: 3 }}
              action={
                <Stack direction="row" spacing={1}>
                  <Button color="inherit" size="small" onClick={startOver}>{t('onboarding.discardDraft')}</Button>
                  <Button color="inherit" size="small" onClick={() => setConfirmStartOver(false)}>{t('onboarding.keepDraft')}</Button>
                </Stack>
              }
            >
              {t('onboarding.discardConfirm')}
            </Alert>
          ) : null}
          <WizardStepper active={step} valid={wizard.valid} reached={wizard.reached} hasErrors={hasErrors} onSelect={goTo} />
          <Box
            component="form"
            noValidate
            aria-label={t('onboarding.title')}
            // Enter in a field means Next; creating always takes a click on "Create customer".
            onSubmit={(e) => {
              e.preventDefault();
              if (step < REVIEW) void next();
            }}
            sx={{ maxWidth: 760 }}
          >
            {step === 0 ? <CustomerStep focusHeading={navigated} listCheck={wizard.listCheck} /> : null}
            {step === 1 ? <SipStep focusHeading={navigated} /> : null}
            {step === 2 ? <ScriptStep focusHeading={navigated} passwordLost={wizard.passwordLost} /> : null}
            {step === REVIEW ? (
              <ReviewStep focusHeading={navigated} body={requestFrom(values)} onEdit={goTo} passwordLost={wizard.passwordLost}>
                <SubmitStatus state={flow.state} onRecheck={() => void flow.recheck()} unmappedErrors={unmapped} />
              </ReviewStep>
            ) : null}
            <Stack direction="row" spacing={2} sx={{ mt: 4 }}>
              {step > 0 && !created ? (
                <Button variant="outlined" onClick={() => goTo(step - 1)} disabled={sending}>
                  {t('onboarding.back')}
                </Button>
              ) : null}
              {step < REVIEW ? (
                <Button variant="contained" type="submit">
                  {t('onboarding.next')}
                </Button>
              ) : created ? (
                <Button variant="contained" onClick={startOver}>
                  {t('onboarding.createAnother')}
                </Button>
              ) : (
                <Button variant="contained" onClick={() => void create()} disabled={sending || !canSend(flow.state)}>
                  {flow.state.kind === 'checking' ? t('onboarding.checking') : sending ? t('onboarding.creating') : t('onboarding.create')}
                </Button>
              )}
            </Stack>
          </Box>
        </FormProvider>
      )}
    </>
  );
}
