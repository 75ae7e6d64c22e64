/**
 * Answers of the console's own snapshot API (/api/console/*, docs/console-api.md): compact
 * projections of the server's shared picture of the Live Platform. Our server writes them, so
 * they are strict about their own envelope, while the vendor values inside stay open (an unknown
 * status word passes through as it came).
 */
import * as z from 'zod/mini';
import { serviceBriefShape } from './services';
import { deployStatus, healthStatus, voiceQualitySchema } from './ovoc-common';
import { deviceCountsSchema, elementsCountSchema } from './ovoc-service';
import { nullableNumber, orNull, unreadableRowSchema, type UnreadableRow } from './tolerant';

/** The OVOC statuses whose changes the server records. */
export const TRACKED_FIELDS = ['status', 'managementStatus', 'serviceDeployStatus', 'voiceQualityStatus'] as const;
export type TrackedField = (typeof TRACKED_FIELDS)[number];
const trackedField = z.enum(TRACKED_FIELDS);

/** Rows the snapshot keeps per list, with position, field and bounded value, for the pages' details. */
export const UNREADABLE_KEPT = 50;


/** ISO 8601 instant as the server writes it (Date#toISOString). */
const instant = z.string();

/**
 * Since when a status has its current value. `atLeast`: the console began watching after it
 * changed, so `at` is when it was first seen ("since at least ...").
 */
export const sinceSchema = z.object({ at: instant, atLeast: z.boolean() });
export type Since = z.infer<typeof sinceSchema>;

/** How fresh the snapshot is; `stale` is set while the last read of the Live Platform failed. */
export const snapshotMetaSchema = z.object({
  /** Grows by one with every snapshot whose content changed; shared by every server instance. */
  version: z.number(),
  /** When the Live Platform was last read successfully (this content or an identical one). */
  takenAt: instant,
  /** Server time of this answer, so the page can show the age without trusting the browser's clock. */
  servedAt: instant,
  stale: z.nullable(z.object({ since: instant, reason: z.string() })),
  /** Rows of the vendor lists that did not fit their schema and were left out (each is logged). */
  skippedRows: z.object({ customers: z.number(), ovocServices: z.number() }),
  /** The first of those rows, each with its position, field and value as sent (bounded in size). */
  unreadableRows: z.object({ customers: z.array(unreadableRowSchema), ovocServices: z.array(unreadableRowSchema) }),
});
export type SnapshotMeta = z.infer<typeof snapshotMetaSchema>;

/** Rows the page could not read are counted and shown with the vendor's unreadable rows of that list. */
export function withUnreadableRows(meta: SnapshotMeta, list: 'customers' | 'ovocServices', unreadable: readonly UnreadableRow[]): SnapshotMeta {
  if (unreadable.length === 0) return meta;
  return {
    ...meta,
    skippedRows: { ...meta.skippedRows, [list]: meta.skippedRows[list] + unreadable.length },
    unreadableRows: { ...meta.unreadableRows, [list]: [...meta.unreadableRows[list], ...unreadable] },
  };
}

/** The services list's Health cell: the worst matched OVOC status (see api/health-index). */
export const rowHealthSchema = z.object({
  /** The worst matched status as sent, or 'not-reported' (domain/health-keys.ts). */
  key: z.string(),
  count: z.number(),
  matchedBy: z.enum(['id', 'name']),
  /** The Health page search for the shown service; absent when it is the row's own short name. */
  query: z.optional(z.string()),
  /** Since when `key` is the worst status (that service's status since). */
  since: z.nullable(sinceSchema),
});
export type RowHealth = z.infer<typeof rowHealthSchema>;

/** GET /api/console/services: one UMP row with its joined health (null: no OVOC service matched). */
export const consoleServiceRowSchema = z.object({
  ...serviceBriefShape,
  health: z.nullable(rowHealthSchema),
  // Fields the server's reader degraded (tolerantObject), kept as sent so the list can mark them.
  $unfit: z.optional(z.record(z.string(), z.object({ value: z.unknown(), expected: z.string() }))),
});
export type ConsoleServiceRow = z.infer<typeof consoleServiceRowSchema>;

/** GET /api/console/services as the page sees it, once services-wire.ts has read the compact rows. */
export const consoleServicesRowsSchema = z.object({ meta: snapshotMetaSchema, rows: z.array(consoleServiceRowSchema) });
export type ConsoleServices = z.infer<typeof consoleServicesRowsSchema>;

/** Device fields the Health page shows (formatDevices); user, type and URL stay in the live read. */
export const healthDevicesSchema = z.object({
  devicesCount: orNull(deviceCountsSchema),
  disconnectedDevices: orNull(deviceCountsSchema),
  maxDevicesMeeting: nullableNumber(),
  maxDevicesPersonal: nullableNumber(),
  devicesPercentageMeeting: nullableNumber(),
  devicesPercentagePersonal: nullableNumber(),
});
export type HealthDevices = z.infer<typeof healthDevicesSchema>;

/** GET /api/console/health: one OVOC service as the Health table shows it. */
export const healthServiceRowSchema = z.object({
  /** Stable, unique row key: the OVOC id, else serviceId, else url, else "#<position>"; the timeline's key. */
  key: z.string(),
  id: z.nullable(z.number()),
  serviceId: z.nullable(z.string()),
  umpId: z.nullable(z.string()),
  lcCustomerId: z.nullable(z.number()),
  name: z.nullable(z.string()),
  serviceName: z.nullable(z.string()),
  fullName: z.nullable(z.string()),
  description: z.nullable(z.string()),
  serviceUcaasTenantId: z.nullable(z.string()),
  licenseType: z.nullable(z.string()),
  serviceSource: z.nullable(z.string()),
  isEnabled: z.nullable(z.boolean()),
  definedAt: z.nullable(z.string()),
  status: healthStatus(),
  managementStatus: healthStatus(),
  serviceDeployStatus: deployStatus(),
  voiceQuality: z.nullable(voiceQualitySchema),
  devices: z.nullable(healthDevicesSchema),
  elementsCount: z.nullable(elementsCountSchema),
  /** Since when each tracked status has its current value (null when the field was never seen). */
  since: z.object({
    status: z.nullable(sinceSchema),
    managementStatus: z.nullable(sinceSchema),
    serviceDeployStatus: z.nullable(sinceSchema),
    voiceQualityStatus: z.nullable(sinceSchema),
  }),
  /** UMP guid of the matched customer, when one matched (id or name rule of domain/matching.ts). */
  customerGuid: z.nullable(z.string()),
});
export type HealthServiceRow = z.infer<typeof healthServiceRowSchema>;

// GET /api/console/health itself (its compact rows) is read by health-wire.ts.

/** One recorded change. `from` null with `firstSeen`: the console's first sight of the service. */
export const statusChangeSchema = z.object({
  key: z.string(),
  /** The service's name when the change was seen (rows can disappear later). */
  name: z.nullable(z.string()),
  field: trackedField,
  from: z.nullable(z.string()),
  /** null: the service (or the field) is no longer in OVOC's answer. */
  to: z.nullable(z.string()),
  at: instant,
  firstSeen: z.boolean(),
  version: z.number(),
});
export type StatusChange = z.infer<typeof statusChangeSchema>;

/** GET /api/console/health/:key/timeline and /api/console/customers/:guid/timeline (30 days, oldest first). */
export const timelineSchema = z.object({
  from: instant,
  to: instant,
  keys: z.array(z.string()),
  changes: z.array(statusChangeSchema),
});
export type Timeline = z.infer<typeof timelineSchema>;

/** GET /api/console/changes?hours=24: changes (not first sightings) in the window, newest first. */
export const recentChangesSchema = z.object({
  meta: snapshotMetaSchema,
  from: instant,
  changes: z.array(statusChangeSchema),
});
export type RecentChanges = z.infer<typeof recentChangesSchema>;

/** POST /api/console/refresh (202). */
export const refreshAnswerSchema = z.object({
  /** false: coalesced with a refresh already asked for in the last 10 seconds. */
  accepted: z.boolean(),
  version: z.number(),
  retryAfterSeconds: z.number(),
});
export type RefreshAnswer = z.infer<typeof refreshAnswerSchema>;

/** SSE `event: snapshot` (GET /api/console/events): a new version and the changes in it. */
export const snapshotEventSchema = z.object({
  version: z.number(),
  takenAt: instant,
  changes: z.array(statusChangeSchema),
  /** true when the event lists only the first changes of a big batch: refetch for the rest. */
  truncated: z.boolean(),
});
export type SnapshotEvent = z.infer<typeof snapshotEventSchema>;

/** SSE `event: state`: sent on connect and when the Live Platform goes away or comes back. */
export const stateEventSchema = z.object({
  version: z.number(),
  takenAt: z.nullable(instant),
  stale: z.nullable(z.object({ since: instant, reason: z.string() })),
});
export type StateEvent = z.infer<typeof stateEventSchema>;
