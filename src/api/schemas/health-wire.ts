/**
 * The Health answer's compact wire form (GET /api/console/health): one array per service instead of
 * one object, nested groups as nested arrays and "since" as epoch milliseconds: the object form was
 * mostly repeated key names, and its nested objects most of the page's parse (docs/performance.md).
 * The decoded rows are `HealthServiceRow`s, so nothing above the query sees the wire.
 * docs/console-api.md shows the columns; the round trip is tested in health-wire.test.ts.
 */
import * as z from 'zod/mini';
import { healthServiceRowSchema, snapshotMetaSchema, withUnreadableRows, type HealthServiceRow, type Since } from './console-snapshot';
import type { DeviceCounts, ElementsCount } from './ovoc-service';
import type { VoiceQuality, VoiceQualityDetail } from './ovoc-common';
import type { UnreadableRow } from './tolerant';

/** The order of a row's cells. Grows only at the end, so a newer page still reads an older server's rows. */
export const HEALTH_COLUMNS = [
  'key', 'id', 'serviceId', 'umpId', 'lcCustomerId', 'name', 'serviceName', 'fullName', 'description',
  'serviceUcaasTenantId', 'licenseType', 'serviceSource', 'isEnabled', 'definedAt', 'status', 'managementStatus',
  'serviceDeployStatus', 'voiceQuality', 'devices', 'elementsCount', 'since', 'customerGuid',
] as const;

type Cell = unknown;
const TRACKED = ['status', 'managementStatus', 'serviceDeployStatus', 'voiceQualityStatus'] as const;

const counts = (value: DeviceCounts | null): Cell => (value ? [value.personal, value.meeting] : null);
const detail = (value: VoiceQualityDetail | null): Cell =>
  value ? [value.vqControlStatus, value.vqMediaStatus, value.voiceQualityStatus] : null;
const sinceCell = (value: Since | null): Cell => (value ? [Date.parse(value.at), value.atLeast ? 1 : 0] : null);

/** One row in HEALTH_COLUMNS order (the server's snapshot and the tests' stand-ins write rows with it). */
export function encodeHealthRow(row: HealthServiceRow): Cell[] {
  const vq = row.voiceQuality;
  const devices = row.devices;
  const elements = row.elementsCount;
  return [
    row.key, row.id, row.serviceId, row.umpId, row.lcCustomerId, row.name, row.serviceName, row.fullName, row.description,
    row.serviceUcaasTenantId, row.licenseType, row.serviceSource, row.isEnabled, row.definedAt, row.status, row.managementStatus,
    row.serviceDeployStatus,
    vq ? [vq.voiceQualityStatus, vq.alertRuleVoiceQualityStatus, detail(vq.teamsVoiceQualityJson), detail(vq.sbcVoiceQualityJson)] : null,
    devices
      ? [counts(devices.devicesCount), counts(devices.disconnectedDevices), devices.maxDevicesMeeting, devices.maxDevicesPersonal,
          devices.devicesPercentageMeeting, devices.devicesPercentagePersonal]
      : null,
    elements ? [elements.total, elements.devices, elements.links, elements.sites] : null,
    TRACKED.map((field) => sinceCell(row.since[field])),
    row.customerGuid,
  ];
}

/**
 * Reads rows written by `encodeHealthRow`. A cell of the wrong type reads as null (our own server wrote
 * it, so that is a bug to see, not a page to fail); a row that is not an array with a text key is left out
 * and reported. Repeated words (statuses, license types) and equal "since" values share one instance,
 * which is most of what keeps 50,000 rows small in the page's heap.
 */
export function decodeHealthRows(input: readonly unknown[]): { rows: HealthServiceRow[]; unreadable: UnreadableRow[] } {
  const words = new Map<string, string>();
  const sinces = new Map<string, Since>();
  const word = (value: unknown): string | null => {
    if (typeof value !== 'string') return null;
    const known = words.get(value);
    if (known !== undefined) return known;
    words.set(value, value);
    return value;
  };
  const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);
  const number = (value: unknown): number | null => (typeof value === 'number' ? value : null);
  const list = (value: unknown): readonly unknown[] | null => (Array.isArray(value) ? value : null);
  const readCounts = (value: unknown): DeviceCounts | null => {
    const cells = list(value);
    return cells ? { personal: number(cells[0]), meeting: number(cells[1]) } : null;
  };
  const readDetail = (value: unknown): VoiceQualityDetail | null => {
    const cells = list(value);
    return cells ? { vqControlStatus: word(cells[0]), vqMediaStatus: word(cells[1]), voiceQualityStatus: word(cells[2]) } : null;
  };
  const readVoiceQuality = (value: unknown): VoiceQuality | null => {
    const cells = list(value);
    if (!cells) return null;
    return {
      voiceQualityStatus: word(cells[0]),
      alertRuleVoiceQualityStatus: word(cells[1]),
      teamsVoiceQualityJson: readDetail(cells[2]),
      sbcVoiceQualityJson: readDetail(cells[3]),
    };
  };
  const readElements = (value: unknown): ElementsCount | null => {
    const cells = list(value);
    return cells ? { total: number(cells[0]), devices: number(cells[1]), links: number(cells[2]), sites: number(cells[3]) } : null;
  };
  const readSince = (value: unknown): Since | null => {
    const cells = list(value);
    const at = cells ? number(cells[0]) : null;
    if (cells === null || at === null || !Number.isFinite(at)) return null;
    const atLeast = cells[1] === 1;
    const id = `${at}${atLeast ? '+' : ''}`;
    let since = sinces.get(id);
    if (!since) {
      since = { at: new Date(at).toISOString(), atLeast };
      sinces.set(id, since);
    }
    return since;
  };

  const rows: HealthServiceRow[] = [];
  const unreadable: UnreadableRow[] = [];
  input.forEach((cells, index) => {
    if (!Array.isArray(cells)) {
      // The object form, as a server from before the compact form stored its snapshot.
      const row = z.safeParse(healthServiceRowSchema, cells);
      if (row.success) rows.push(row.data);
      else unreadable.push({ index, path: '', value: cells });
      return;
    }
    const key = text(cells[0]);
    if (key === null) {
      unreadable.push({ index, path: '[0]', value: cells[0] });
      return;
    }
    const devices = list(cells[18]);
    const since = list(cells[20]) ?? [];
    rows.push({
      key,
      id: number(cells[1]),
      serviceId: text(cells[2]),
      umpId: text(cells[3]),
      lcCustomerId: number(cells[4]),
      name: text(cells[5]),
      serviceName: text(cells[6]),
      fullName: text(cells[7]),
      description: text(cells[8]),
      serviceUcaasTenantId: text(cells[9]),
      licenseType: word(cells[10]),
      serviceSource: word(cells[11]),
      isEnabled: typeof cells[12] === 'boolean' ? cells[12] : null,
      definedAt: text(cells[13]),
      status: word(cells[14]),
      managementStatus: word(cells[15]),
      serviceDeployStatus: word(cells[16]),
      voiceQuality: readVoiceQuality(cells[17]),
      devices: devices
        ? {
            devicesCount: readCounts(devices[0]),
            disconnectedDevices: readCounts(devices[1]),
            maxDevicesMeeting: number(devices[2]),
            maxDevicesPersonal: number(devices[3]),
            devicesPercentageMeeting: number(devices[4]),
            devicesPercentagePersonal: number(devices[5]),
          }
        : null,
      elementsCount: readElements(cells[19]),
      since: {
        status: readSince(since[0]),
        managementStatus: readSince(since[1]),
        serviceDeployStatus: readSince(since[2]),
        voiceQualityStatus: readSince(since[3]),
      },
      customerGuid: text(cells[21]),
    });
  });
  return { rows, unreadable };
}

/** GET /api/console/health: the snapshot's meta and its services, decoded from the compact rows. */
export const consoleHealthSchema = z.pipe(
  z.object({ meta: snapshotMetaSchema, rows: z.custom<readonly unknown[]>((value) => Array.isArray(value)) }),
  z.transform(({ meta, rows }) => {
    const read = decodeHealthRows(rows);
    return { meta: withUnreadableRows(meta, 'ovocServices', read.unreadable), rows: read.rows };
  }),
);
export type ConsoleHealth = z.output<typeof consoleHealthSchema>;
