/**
 * The audit trail (GET /api/console/audit and /verify, docs/console-api.md), one copy for the server
 * (server/audit/audit-log.ts takes its types from here) and the Audit page.
 */
import * as z from 'zod/mini';
import type { Role } from '../../domain/api-calls';

export const AUDIT_ACTIONS = ['create', 'delete', 'sign-in', 'sign-out', 'refused'] as const;
export const auditActionSchema = z.enum(AUDIT_ACTIONS);
export type AuditAction = z.infer<typeof auditActionSchema>;

const ROLE_NAMES = ['viewer', 'onboarding', 'admin'] as const satisfies readonly Role[];

export const auditActorSchema = z.object({
  subject: z.nullable(z.string()),
  name: z.nullable(z.string()),
  email: z.nullable(z.string()),
  role: z.nullable(z.enum(ROLE_NAMES)),
});
export type AuditActor = z.infer<typeof auditActorSchema>;

export const auditOutcomeSchema = z.object({
  /** HTTP status answered, or null when the call never finished (client gone). */
  status: z.nullable(z.number()),
  ok: z.boolean(),
  /** "timeout", "unreachable", "forbidden", ... when it did not succeed. */
  note: z.nullable(z.string()),
  errorTicket: z.nullable(z.string()),
  traceId: z.nullable(z.string()),
  durationMs: z.nullable(z.number()),
});

export const auditEntrySchema = z.object({
  /** 1, 2, 3, ... without gaps. */
  seq: z.number(),
  /** ISO 8601 instant. */
  at: z.string(),
  actor: auditActorSchema,
  action: auditActionSchema,
  /** e.g. POST; for sign-in events, the method of the route. */
  method: z.string(),
  /** The path called, e.g. /api/v2/customer. */
  resource: z.string(),
  shortName: z.nullable(z.string()),
  guid: z.nullable(z.string()),
  /** The request body with every secret left out (server/audit/summarize.ts). */
  summary: z.nullable(z.record(z.string(), z.unknown())),
  outcome: auditOutcomeSchema,
  /** The console's request id (x-request-id), to find the call in the logs. */
  requestId: z.string(),
  prevHash: z.string(),
  hash: z.string(),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

export const auditListSchema = z.object({ entries: z.array(auditEntrySchema) });

export const verifyResultSchema = z.union([
  z.object({ ok: z.literal(true), checked: z.number() }),
  z.object({ ok: z.literal(false), checked: z.number(), firstBadSeq: z.number(), problem: z.enum(['altered', 'removed', 'inserted']) }),
]);
export type VerifyResult = z.infer<typeof verifyResultSchema>;

/** A time a filter bound can be compared with; anything else is a bad request, not a silently ignored bound. */
const filterInstant = z.string().check(z.maxLength(40), z.refine((text) => text === '' || !Number.isNaN(Date.parse(text))));

/** The trail's filters, as the Audit page sends them in the query and the server reads them. */
export const auditFilterSchema = z.object({
  person: z.optional(z.string().check(z.maxLength(200))),
  action: z.optional(auditActionSchema),
  outcome: z.optional(z.enum(['ok', 'failed'])),
  from: z.optional(filterInstant),
  to: z.optional(filterInstant),
  /** Free text over names, resource, short name and guid. */
  q: z.optional(z.string().check(z.maxLength(200))),
  /** One customer's entries: those naming its guid, and (with `shortName`) its create, which has no guid yet. */
  guid: z.optional(z.string().check(z.maxLength(40))),
  shortName: z.optional(z.string().check(z.maxLength(100))),
  limit: z.optional(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(5000))),
});
export type AuditFilter = z.infer<typeof auditFilterSchema>;
