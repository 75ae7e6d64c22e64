/** Display text for the health page. Missing values come back as null (shown as an em dash), never as 0. */
import type { DeviceCounts, ElementsCount } from '../../api/schemas';
import type { HealthDevices } from '../../api/schemas/console-snapshot';
import { formatRelativeTime } from '../../components/RelativeTime';
import { perLocale } from '../../i18n/format';
import { t, type HealthMessageId } from './messages';

const dateFormat = perLocale((locale) => new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric' }));
const dateTimeFormat = perLocale((locale) => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }));

/** "15 Mar 2023" and "3 years ago", or null for a missing/unreadable time. */
export function formatDefinedAt(ms: number, now: number = Date.now()): { date: string; full: string; relative: string } | null {
  if (!Number.isFinite(ms)) return null;
  return { date: dateFormat().format(ms), full: dateTimeFormat().format(ms), relative: formatRelativeTime(ms, now) };
}

/** "1 site · 0 links · 0 devices"; parts not sent are left out; null when nothing was sent. */
export function formatElements(counts: ElementsCount | null): string | null {
  if (!counts) return null;
  const parts = [
    counts.sites !== null ? t('health.format.sites', { count: counts.sites }) : null,
    counts.links !== null ? t('health.format.links', { count: counts.links }) : null,
    counts.devices !== null ? t('health.format.devices', { count: counts.devices }) : null,
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
  const kinds: Array<[DeviceKind, HealthMessageId, number | null, number | null]> = [
    ['personal', 'health.devices.personal', params.maxDevicesPersonal, params.devicesPercentagePersonal],
    ['meeting', 'health.devices.meeting', params.maxDevicesMeeting, params.devicesPercentageMeeting],
  ];
  const lines: DeviceLine[] = [];
  for (const [kind, label, max, percent] of kinds) {
    const count = pick(params.devicesCount, kind);
    const disconnected = pick(params.disconnectedDevices, kind);
    if (count === null && max === null && disconnected === null) continue;
    let text = count === null ? '—' : String(count);
    if (max !== null) text = t('health.devices.ofMax', { count: text, max });
    if (percent !== null) text = t('health.devices.percent', { text, percent });
    if (disconnected !== null) text = t('health.devices.disconnected', { text, count: disconnected });
    lines.push({ kind, label: t(label), text });
  }
  return lines;
}

/** "Yes" / "No" / null. */
export function formatEnabled(value: boolean | null): string | null {
  return value === null ? null : t(value ? 'health.yes' : 'health.no');
}

/** A parameter value as it came: strings verbatim, numbers and booleans as text; '' and null -> null. */
export function formatParameterValue(value: string | number | boolean | null): string | null {
  if (value === null) return null;
  const text = String(value);
  return text.trim() === '' ? null : text;
}
