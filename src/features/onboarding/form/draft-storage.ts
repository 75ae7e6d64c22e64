/**
 * The wizard's draft in sessionStorage: it survives a reload of this tab and nothing more. The
 * carrier password is never written; `hadPassword` only remembers that one was typed, so the
 * wizard can ask for it again. What is read back is validated: anything that does not have the
 * draft's shape is discarded (and removed), never allowed to break the page.
 */
import * as z from 'zod/mini';
import type { DraftValues } from './schema';

export const DRAFT_STORAGE_KEY = 'lpc.onboarding.draft.v1';

/** Steps 0..3: customer, SIP connection, script parameters, review. */
export const LAST_STEP = 3;

export interface StoredDraft {
  values: DraftValues;
  step: number;
  hadPassword: boolean;
}

const text = z._default(z.string().check(z.maxLength(10_000)), '');

const storedDraftSchema = z.strictObject({
  version: z.literal(1),
  step: z.int().check(z.gte(0), z.lte(LAST_STEP)),
  hadPassword: z.boolean(),
  values: z.object({
    customer: z.object({
      shortName: text,
      fullName: text,
      msTenantId: text,
      ovocCustomerType: text,
      channelId: text,
      lcCustomerId: text,
    }),
    sip: z.object({ sbcId: text, sbcOnboardingScript: text, sbcCleanupScript: text }),
    script: z.object({
      cacProfile: text,
      proxySet: text,
      onlinePstnGateway: text,
      carrierUserName: text,
      carrierMainLine: text,
      carrierHostName: text,
      additionalProp1: text,
      additionalProp2: text,
      additionalProp3: text,
      customVariables: z._default(z.array(z.object({ value: text })).check(z.maxLength(500)), []),
    }),
  }),
});

function storage(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.sessionStorage;
  } catch {
    // Storage can be switched off (privacy settings): the wizard then simply keeps nothing.
    return null;
  }
}

export function loadDraft(): StoredDraft | null {
  const store = storage();
  if (!store) return null;
  let raw: string | null;
  try {
    raw = store.getItem(DRAFT_STORAGE_KEY);
  } catch {
    return null;
  }
  if (raw === null) return null;
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    json = undefined;
  }
  const parsed = storedDraftSchema.safeParse(json);
  if (!parsed.success) {
    clearDraft();
    return null;
  }
  const { values, step, hadPassword } = parsed.data;
  return {
    step,
    hadPassword,
    values: { ...values, script: { ...values.script, carrierUserPassword: '' } },
  };
}

export function saveDraft(draft: StoredDraft): void {
  const store = storage();
  if (!store) return;
  const { carrierUserPassword, ...script } = draft.values.script;
  const payload = {
    version: 1,
    step: draft.step,
    hadPassword: draft.hadPassword || carrierUserPassword !== '',
    values: { ...draft.values, script },
  };
  try {
    store.setItem(DRAFT_STORAGE_KEY, JSON.stringify(payload));
  } catch {
    // Quota or privacy mode: losing the copy is better than breaking the form.
  }
}

export function clearDraft(): void {
  try {
    storage()?.removeItem(DRAFT_STORAGE_KEY);
  } catch {
    // Nothing to do.
  }
}

/** True when the person has typed anything at all (what "unsaved changes" means here). */
export function hasContent(values: DraftValues): boolean {
  const { customer, sip, script } = values;
  const { customVariables, ...scriptTexts } = script;
  const texts = [...Object.values(customer), ...Object.values(sip), ...Object.values(scriptTexts)];
  return texts.some((v) => v.trim() !== '') || customVariables.length > 0;
}
