/** Display text for the health page. Missing values come back as null (shown as an em dash), never as 0. */
import type { DeviceCounts, ElementsCount } from '../../api/schemas';
import type { HealthDevices } from '../../api/schemas/console-snapshot';
import { formatRelativeTime } from '../../components/RelativeTime';

const dateFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric' });
const dateTimeFormat = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' });

/** "15 Mar 2023" and "3 years ago", or null for a missing/unreadable time. */
export function formatDefinedAt(ms: number, now: number = Date.now()): { date: string; full: string; relative: string } | null {
  if (!Number.isFinite(ms)) return null;
  return { date: dateFormat.format(ms), full: dateTimeFormat.format(ms), relative: formatRelativeTime(ms, now) };
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** "1 site · 0 links · 0 devices"; parts not sent are left out; null when nothing was sent. */
export function formatElements(counts: ElementsCount | null): string | null {
  if (!counts) return null;
  const parts = [
    counts.sites !== null ? plural(counts.sites, 'site') : null,
    counts.links !== null ? plural(counts.links, 'link') : null,
    counts.devices !== null ? plural(counts.devices, 'device') : null,
  ].filter((part): part is string => part !== null);
  return parts.length > 0 ? parts.join(' · ') : null;
}

export type DeviceKind = 'personal' | 'meeting';

export interface DeviceLine {
  kind: DeviceKind;
  label: string;
  text: string;
}

function pick(counts: DeviceCounts | null, kind: DeviceKind): number | null {
  return counts ? counts[kind] : null;
}

/**
 * "11 of 200 (5%) · 7 disconnected" per device kind. The percentage is the vendor's own
 * (devicesPercentage*), not recomputed. Null when the service sends no device data for that kind.
 */
export function formatDevices(params: HealthDevices | null): DeviceLine[] {
  if (!params) return [];
  const kinds: Array<[DeviceKind, string, number | null, number | null]> = [
    ['personal', 'Personal', params.maxDevicesPersonal, params.devicesPercentagePersonal],
    ['meeting', 'Meeting', params.maxDevicesMeeting, params.devicesPercentageMeeting],
  ];
  const lines: DeviceLine[] = [];
  for (const [kind, label, max, percent] of kinds) {
    const count = pick(params.devicesCount, kind);
    const disconnected = pick(params.disconnectedDevices, kind);
    if (count === null && max === null && disconnected === null) continue;
    const used = `${count ?? '—'}${max !== null ? ` of ${max}` : ''}${percent !== null ? ` (${percent}%)` : ''}`;
    const off = disconnected !== null ? ` · ${disconnected} disconnected` : '';
    lines.push({ kind, label, text: `${used}${off}` });
  }
  return lines;
}

/** "Yes" / "No" / null. */
export function formatEnabled(value: boolean | null): string | null {
  return value === null ? null : value ? 'Yes' : 'No';
}

/** A parameter value as it came: strings verbatim, numbers and booleans as text; '' and null -> null. */
export function formatParameterValue(value: string | number | boolean | null): string | null {
  if (value === null) return null;
  const text = String(value);
  return text.trim() === '' ? null : text;
}
