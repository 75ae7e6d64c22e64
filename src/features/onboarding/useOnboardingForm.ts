/**
 * The wizard's form state: one react-hook-form for the whole draft, validated by the composed step
 * schemas (the duplicate check reads the loaded services list), restored from and saved to
 * sessionStorage, and the step the person is on.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import { zodResolver } from '@hookform/resolvers/zod';
import { useQuery } from '@tanstack/react-query';
import { useForm, useWatch } from 'react-hook-form';
import { customerQueries } from '../../api/queries';
import { findShortNameClash } from '../../domain/short-name';
import { clearDraft, hasContent, LAST_STEP, loadDraft, saveDraft } from './form/draft-storage';
import { draftSchema, EMPTY_DRAFT, STEP_KEYS, stepSchemas, type Draft, type DraftValues, type ShortNameTakenCheck } from './form/schema';
import type { ListCheck } from './steps/CustomerStep';

/** Index of the first step whose values do not validate (LAST_STEP = all valid: review). */
function firstIncomplete(values: DraftValues, schemas: ReturnType<typeof stepSchemas>): number {
  const index = STEP_KEYS.findIndex((key) => !schemas[key].safeParse(values[key]).success);
  return index === -1 ? LAST_STEP : index;
}

export function useOnboardingForm() {
  const [restored] = useState(() => loadDraft());
  const list = useQuery(customerQueries.list());
  const rows = list.data?.rows;
  const isTaken = useMemo<ShortNameTakenCheck | undefined>(
    () => (rows ? (name, tenant) => findShortNameClash(rows, name, tenant) !== undefined : undefined),
    [rows],
  );
  const resolver = useMemo(() => zodResolver(draftSchema(isTaken)), [isTaken]);
  const schemas = useMemo(() => stepSchemas(isTaken), [isTaken]);

  const form = useForm<DraftValues, unknown, Draft>({
    resolver,
    defaultValues: restored?.values ?? EMPTY_DRAFT,
    // Errors appear once a field was left, then follow every keystroke; shortName follows keystrokes from the start.
    mode: 'onTouched',
  });
  // Subscribes this component to every change; getValues then gives the whole, typed draft.
  const watched = useWatch({ control: form.control });
  const values = form.getValues();

  // A restored draft opens where the person was, but never past a step that does not validate.
  const [step, setStepState] = useState(() => (restored ? Math.min(restored.step, firstIncomplete(restored.values, stepSchemas())) : 0));
  const [reached, setReached] = useState(step);
  const setStep = useCallback((next: number) => {
    setStepState(next);
    setReached((r) => Math.max(r, next));
  }, []);
  /** A password was typed before the last reload (it was not kept). */
  const [hadPassword, setHadPassword] = useState(restored?.hadPassword ?? false);
  /** False once the customer exists: nothing is saved or guarded any more. */
  const [active, setActive] = useState(true);

  useEffect(() => {
    if (!active) return;
    const current = form.getValues();
    // saveDraft also notes a password typed now, so a reload can ask for it again.
    if (hasContent(current)) saveDraft({ values: current, step, hadPassword });
    else clearDraft();
  }, [watched, step, hadPassword, active, form]);

  // Re-run the duplicate check once the list arrives (or changes) for a name already typed.
  const { trigger, getFieldState } = form;
  useEffect(() => {
    if (isTaken && getFieldState('customer.shortName').isTouched) void trigger('customer.shortName');
  }, [isTaken, trigger, getFieldState]);

  /** The customer exists now: stop saving, clear the draft. */
  const finish = useCallback(() => {
    setActive(false);
    clearDraft();
  }, []);

  /** Back to an empty wizard. */
  const startOver = () => {
    clearDraft();
    form.reset(EMPTY_DRAFT);
    setHadPassword(false);
    setStepState(0);
    setReached(0);
    setActive(true);
  };

  const valid = STEP_KEYS.map((key) => schemas[key].safeParse(values[key]).success);
  const listCheck: ListCheck = list.isError ? 'unavailable' : rows ? 'ready' : 'checking';

  return {
    form,
    values,
    valid,
    step,
    setStep,
    reached,
    listCheck,
    restored: restored !== null,
    passwordLost: hadPassword && values.script.carrierUserPassword === '',
    dirty: active && hasContent(values),
    active,
    finish,
    startOver,
  };
}

export type OnboardingForm = ReturnType<typeof useOnboardingForm>;
