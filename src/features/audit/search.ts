/**
 * Search params of `/audit`: every filter lives in the URL, so a link (the customer page's
 * "Changes", a bookmark, a pasted address) opens the same view. Malformed values fall back to
 * "no filter" rather than breaking the page.
 */
import * as z from 'zod/mini';
import { AUDIT_ACTIONS } from '../../api/schemas/audit';
import { textParam } from '../../components/search-params';

/** '' or one of the words; anything else is ''. */
function choiceParam<const T extends readonly [string, ...string[]]>(values: T) {
  return z._default(z.catch(z.enum(['', ...values] as const), ''), '');
}

/** A calendar day, YYYY-MM-DD (what a date field gives); '' = open. */
function dayParam() {
  const pick = (raw: unknown): string => (typeof raw === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(raw) && !Number.isNaN(Date.parse(raw)) ? raw : '');
  return z.catch(z._default(z.pipe(z.transform<string, string>(pick), z.string()), ''), '');
}

export const OUTCOMES = ['ok', 'failed'] as const;

export const auditSearchSchema = z.object({
  /** Name, e-mail or subject (part of). */
  person: textParam(),
  action: choiceParam(AUDIT_ACTIONS),
  outcome: choiceParam(OUTCOMES),
  /** First and last day shown, in the person's local time. */
  from: dayParam(),
  to: dayParam(),
  q: textParam(),
  /** One customer's entries (the customer page's "Changes" link). */
  guid: textParam(),
  /** The customer's short name, to find its create (which has no guid yet) among its entries. */
  name: textParam(),
});

export type AuditSearch = z.output<typeof auditSearchSchema>;

export const auditSearchDefaults: AuditSearch = { person: '', action: '', outcome: '', from: '', to: '', q: '', guid: '', name: '' };
