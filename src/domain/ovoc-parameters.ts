/**
 * Reading an OVOC service's `parameters` list (custom parameters: AI summary, trial, DIDs, ...).
 *
 * The vendor sends them as `{ name, type, value }` with the value typed loosely ("Integer" with "0",
 * a "Date" that is ""), and the trial dates as DD-MM-YYYY text ("19-07-2026"). Nothing here throws:
 * a value that cannot be read stays null and the raw parameter is still listed as it came.
 */

export interface RawParameter {
  name: string | null;
  type: string | null;
  value: string | number | boolean | null;
}

/** A calendar date without time zone. */
export interface CalendarDate {
  year: number;
  month: number;
  day: number;
  /** YYYY-MM-DD, for <time dateTime> and comparisons. */
  iso: string;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function calendarDate(year: number, month: number, day: number): CalendarDate | null {
  if (month < 1 || month > 12 || day < 1 || year < 1000) return null;
  // Date.UTC rolls 31-02 into March: a date is real only when it round-trips.
  const utc = new Date(Date.UTC(year, month - 1, day));
  if (utc.getUTCFullYear() !== year || utc.getUTCMonth() !== month - 1 || utc.getUTCDate() !== day) return null;
  return { year, month, day, iso: `${pad(year, 4)}-${pad(month)}-${pad(day)}` };
}

/** "19-07-2026" (DD-MM-YYYY; "/" or "." accepted too, one-digit day/month tolerated) -> a date; else null. */
export function parseDdMmYyyy(text: unknown): CalendarDate | null {
  if (typeof text !== 'string') return null;
  const match = /^\s*(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})\s*$/.exec(text);
  if (!match) return null;
  return calendarDate(Number(match[3]), Number(match[2]), Number(match[1]));
}

/** Today's calendar date in the viewer's time zone. */
export function localToday(now: Date): CalendarDate {
  return calendarDate(now.getFullYear(), now.getMonth() + 1, now.getDate()) ?? { year: 1970, month: 1, day: 1, iso: '1970-01-01' };
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return Math.round((Date.UTC(to.year, to.month - 1, to.day) - Date.UTC(from.year, from.month - 1, from.day)) / 86_400_000);
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "19 Jul 2026": unambiguous whichever way round the reader writes dates. */
export function formatCalendarDate(date: CalendarDate): string {
  return `${date.day} ${MONTHS[date.month - 1] ?? '?'} ${date.year}`;
}

/** Trials expiring within this many days are flagged. */
export const TRIAL_WARNING_DAYS = 14;

export type TrialState = 'expired' | 'expiring' | 'active' | 'unknown';

export interface TrialInfo {
  /** "Trial Status" as sent ("enabled", ...), or null. */
  status: string | null;
  start: CalendarDate | null;
  expiry: CalendarDate | null;
  /** The expiry text as sent, when it could not be read as a date. */
  expiryText: string | null;
  /** Days until expiry (negative once expired); null without a readable expiry. */
  daysLeft: number | null;
  state: TrialState;
}

export interface AiSummaryInfo {
  status: string | null;
  maxDevices: number | null;
  activeDevices: number | null;
}

export interface ServiceParameters {
  aiSummary: AiSummaryInfo | null;
  trial: TrialInfo | null;
  email: string | null;
}

const norm = (name: string | null) => (name ?? '').trim().toLowerCase().replace(/\s+/g, ' ');

function textOf(value: RawParameter['value'] | undefined): string | null {
  if (value === null || value === undefined) return null;
  const text = String(value).trim();
  return text === '' ? null : text;
}

function numberOf(value: RawParameter['value'] | undefined): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value.trim())) return Number(value.trim());
  return null;
}

function trialState(expiry: CalendarDate | null, today: CalendarDate): { daysLeft: number | null; state: TrialState } {
  if (!expiry) return { daysLeft: null, state: 'unknown' };
  const daysLeft = daysBetween(today, expiry);
  // The expiry date is the last day of the trial.
  if (daysLeft < 0) return { daysLeft, state: 'expired' };
  if (daysLeft <= TRIAL_WARNING_DAYS) return { daysLeft, state: 'expiring' };
  return { daysLeft, state: 'active' };
}

/** The parameters the health page explains; `now` decides whether a trial has expired. */
export function readServiceParameters(parameters: readonly RawParameter[] | null | undefined, now: Date): ServiceParameters {
  const byName = new Map<string, RawParameter['value']>();
  for (const parameter of parameters ?? []) {
    const key = norm(parameter.name);
    if (key !== '' && !byName.has(key)) byName.set(key, parameter.value);
  }
  const has = (...names: string[]) => names.some((name) => byName.has(name));

  const aiSummary = has('ai summary status', 'max ai summary devices', 'active ai summary devices')
    ? {
        status: textOf(byName.get('ai summary status')),
        maxDevices: numberOf(byName.get('max ai summary devices')),
        activeDevices: numberOf(byName.get('active ai summary devices')),
      }
    : null;

  let trial: TrialInfo | null = null;
  if (has('trial status', 'trial expiry date', 'trial start date')) {
    const expiryText = textOf(byName.get('trial expiry date'));
    const expiry = parseDdMmYyyy(expiryText);
    trial = {
      status: textOf(byName.get('trial status')),
      start: parseDdMmYyyy(textOf(byName.get('trial start date'))),
      expiry,
      expiryText: expiry ? null : expiryText,
      ...trialState(expiry, localToday(now)),
    };
  }

  return { aiSummary, trial, email: textOf(byName.get('email')) };
}
