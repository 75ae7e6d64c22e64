/**
 * The wizard's form, one zod schema per step. Inputs are the strings a person types; outputs are
 * already in the wire's types (numbers, the OVOC enum), built on the pieces of the request schema
 * (src/api/schemas/create-customer.ts) so the two cannot drift apart. `buildCreateRequest` maps
 * the composed output onto the request body.
 */
import * as z from 'zod/mini';
import { createCustomerRequestSchema, OVOC_CUSTOMER_TYPES, siteLocationRequestSchema } from '../../../api/schemas';
import { SHORT_NAME_FORBIDDEN, SHORT_NAME_MAX, SHORT_NAME_MIN, shortNameProblems, type ShortNameProblem } from '../../../domain/short-name';
import { t } from '../messages';

export const FULL_NAME_MAX = 200;
export const CARRIER_USER_NAME_MAX = 60;
export const CARRIER_PASSWORD_MAX = 50;
const HOST_NAME_MAX = 253;

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// An FQDN: at least two dot-separated labels of letters, digits and inner hyphens, each at most 63 long.
const FQDN = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/i;
/**
 * "The password cannot be configured with wide characters." Read safely: printable ASCII only
 * (space to "~"). Latin-1 letters are not "wide" in every reading, but an SBC's digest settings are
 * reliably ASCII, so anything else is refused here rather than failing on the device later.
 */
const PRINTABLE_ASCII = /^[\x20-\x7E]*$/;

/**
 * A validation message, read when the issue is raised (not when the schema is built), so it is in the
 * language active then: the step schemas are made once, at import.
 */
type Message = () => string;
const says = (message: Message) => ({ error: message });

/** A broken short-name rule in words, with the domain's limits. */
const shortNameMessage = (problem: ShortNameProblem) =>
  t(`onboarding.error.shortName.${problem}`, { min: SHORT_NAME_MIN, max: SHORT_NAME_MAX, characters: SHORT_NAME_FORBIDDEN.join(' ') });

/** Optional text: trimmed; left empty it is left out of the request (undefined), never sent as "". */
const emptyAsUndefined = () => z.transform((v: string) => (v === '' ? undefined : v));

function optionalText(max?: number, maxMessage?: Message) {
  const base = z.string().check(z.trim());
  return z.pipe(max === undefined ? base : base.check(z.maxLength(max, maxMessage && says(maxMessage))), emptyAsUndefined());
}

function optionalWithoutSpaces(what: 'mainLine' | 'hostName') {
  return z.pipe(
    z
      .string()
      .check(
        z.trim(),
        z.maxLength(HOST_NAME_MAX, says(() => t(`onboarding.error.${what}TooLong`, { max: HOST_NAME_MAX }))),
        z.regex(/^\S*$/u, says(() => t(`onboarding.error.${what}Spaces`))),
      ),
    emptyAsUndefined(),
  );
}

/** A whole number typed as text, checked against the wire's own number schema. */
function wholeNumber(what: 'sbc' | 'onboarding' | 'cleanup', wire: z.core.$ZodType<number, number>) {
  const name = () => t(`onboarding.number.${what}`);
  const digits = z
    .string()
    .check(
      z.trim(),
      z.minLength(1, { error: () => t('onboarding.error.numberMissing', { what: name() }), abort: true }),
      z.regex(/^\d+$/, says(() => t('onboarding.error.numberNotWhole', { what: name() }))),
    );
  const number = z.pipe(digits, z.transform(Number)).check(z.refine(Number.isSafeInteger, says(() => t('onboarding.error.numberTooLarge', { what: name() }))));
  return z.pipe(number, wire);
}

export type ShortNameTakenCheck = (shortName: string, msTenantId: string) => boolean;

/** Step 1. `isTaken` checks the loaded services list (unique per Microsoft tenant). */
export function customerStepSchema(isTaken: ShortNameTakenCheck = () => false) {
  const step = z.object({
    shortName: z.string().check(
      z.superRefine((name: string, ctx) => {
        // Read here, when the issue is raised, so the message is in the language active then.
        for (const problem of shortNameProblems(name)) ctx.addIssue({ code: 'custom', message: shortNameMessage(problem) });
      }),
    ),
    fullName: optionalText(FULL_NAME_MAX, () => t('onboarding.error.fullNameTooLong', { max: FULL_NAME_MAX })),
    msTenantId: z.pipe(
      z
        .string()
        .check(
          z.trim(),
          z.minLength(1, { error: () => t('onboarding.error.msTenantIdMissing'), abort: true }),
          z.regex(GUID, says(() => t('onboarding.error.msTenantIdFormat'))),
        ),
      createCustomerRequestSchema.shape.msTenantId,
    ),
    ovocCustomerType: z.pipe(z.string(), z.enum(OVOC_CUSTOMER_TYPES, says(() => t('onboarding.error.ovocType')))),
    channelId: optionalText(),
    lcCustomerId: optionalText(),
  });
  return step.check(
    z.superRefine(
      (value: z.output<typeof step>, ctx) => {
        if (isTaken(value.shortName, value.msTenantId)) {
          ctx.addIssue({
            code: 'custom',
            path: ['shortName'],
            message: t('onboarding.duplicateName', { shortName: value.shortName }),
          });
        }
      },
      {
        // Checked as soon as the name and the tenant are themselves valid, whatever the other fields hold.
        when: (payload) => !payload.issues.some((issue) => issue.path?.[0] === 'shortName' || issue.path?.[0] === 'msTenantId'),
      },
    ),
  );
}

export const sipStepSchema = z.object({
  sbcId: wholeNumber('sbc', siteLocationRequestSchema.shape.sbcId),
  sbcOnboardingScript: wholeNumber('onboarding', siteLocationRequestSchema.shape.sbcOnboardingScript),
  sbcCleanupScript: wholeNumber('cleanup', siteLocationRequestSchema.shape.sbcCleanupScript),
});

export const scriptStepSchema = z.object({
  cacProfile: optionalText(),
  proxySet: optionalText(),
  onlinePstnGateway: z.pipe(
    z.string().check(
      z.trim(),
      z.refine((v: string) => v === '' || FQDN.test(v), says(() => t('onboarding.error.fqdn'))),
    ),
    emptyAsUndefined(),
  ),
  carrierUserName: optionalText(CARRIER_USER_NAME_MAX, () => t('onboarding.error.carrierUserNameTooLong', { max: CARRIER_USER_NAME_MAX })),
  // Not trimmed: a password is taken exactly as typed.
  carrierUserPassword: z.pipe(
    z
      .string()
      .check(
        z.maxLength(CARRIER_PASSWORD_MAX, says(() => t('onboarding.error.carrierPasswordTooLong', { max: CARRIER_PASSWORD_MAX }))),
        z.regex(PRINTABLE_ASCII, says(() => t('onboarding.error.carrierPasswordAscii'))),
      ),
    emptyAsUndefined(),
  ),
  carrierMainLine: optionalWithoutSpaces('mainLine'),
  carrierHostName: optionalWithoutSpaces('hostName'),
  additionalProp1: optionalText(),
  additionalProp2: optionalText(),
  additionalProp3: optionalText(),
  customVariables: z.array(z.object({ value: z.string().check(z.trim(), z.minLength(1, says(() => t('onboarding.error.customVariableEmpty')))) })),
});

export function draftSchema(isTaken?: ShortNameTakenCheck) {
  return z.object({ customer: customerStepSchema(isTaken), sip: sipStepSchema, script: scriptStepSchema });
}

/** What the form holds: the text as typed, per step. */
export type DraftValues = z.input<ReturnType<typeof draftSchema>>;
/** What the steps validate it into; `buildCreateRequest` takes this. */
export type Draft = z.output<ReturnType<typeof draftSchema>>;

export type StepKey = keyof DraftValues;

export const STEP_KEYS: readonly StepKey[] = ['customer', 'sip', 'script'];

export const EMPTY_DRAFT: DraftValues = {
  customer: { shortName: '', fullName: '', msTenantId: '', ovocCustomerType: '', channelId: '', lcCustomerId: '' },
  sip: { sbcId: '', sbcOnboardingScript: '', sbcCleanupScript: '' },
  script: {
    cacProfile: '',
    proxySet: '',
    onlinePstnGateway: '',
    carrierUserName: '',
    carrierUserPassword: '',
    carrierMainLine: '',
    carrierHostName: '',
    additionalProp1: '',
    additionalProp2: '',
    additionalProp3: '',
    customVariables: [],
  },
};

/** Each step's schema, for "is this step complete" in the stepper. */
export function stepSchemas(isTaken?: ShortNameTakenCheck) {
  return { customer: customerStepSchema(isTaken), sip: sipStepSchema, script: scriptStepSchema } as const;
}
