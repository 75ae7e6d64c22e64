/**
 * The app registration's client secret expiry (`ClientSecretExpirationDate` of Get Details for
 * Specific Service). The vendor sends it as US-style text, "2/18/2027 8:39:26 AM", with no zone:
 * we read it as UTC. A value we cannot read is never guessed at: it comes back as 'unparseable'
 * with the raw text, so the page can show exactly what the API said.
 */

/** Warn when the secret expires within this many days. */
export const SECRET_EXPIRY_WARNING_DAYS = 30;

const DAY_MS = 86_400_000;

/** M/D/YYYY, optionally followed by h:mm[:ss] AM|PM (12-hour clock, as the vendor writes it). */
const UMP_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AaPp])\.?[Mm]\.?)?$/;

/** ISO 8601 as a tolerant fallback (a camelCase/newer API might send it): date, optional time and zone. */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

function daysInMonth(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one (UTC, so no DST surprises).
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** A UTC instant from parts, or null when any part is impossible (2/30, 13/1, 0:00 PM, 10:61). */
function utcFromParts(year: number, month: number, day: number, hour: number, minute: number, second: number): Date | null {
  if (year < 1000 || month < 1 || month > 12) return null;
  if (day < 1 || day > daysInMonth(year, month)) return null;
  if (hour > 23 || minute > 59 || second > 59) return null;
  const date = new Date(Date.UTC(year, month - 1, day, hour, minute, second));
  // Date.UTC maps years 0-99 to 19xx; the year check above already excludes them, this is a guard.
  return date.getUTCFullYear() === year ? date : null;
}

function parseUmpDate(text: string): Date | null {
  const m = UMP_DATE.exec(text);
  if (!m) return null;
  const [, mo, d, y, h, mi, s, meridiem] = m;
  let hour = 0;
  if (h !== undefined) {
    const h12 = Number(h);
    if (h12 < 1 || h12 > 12) return null;
    const pm = meridiem?.toLowerCase() === 'p';
    // 12 AM is midnight (0), 12 PM is noon (12).
    hour = (h12 % 12) + (pm ? 12 : 0);
  }
  return utcFromParts(Number(y), Number(mo), Number(d), hour, Number(mi ?? 0), Number(s ?? 0));
}

function parseIsoDate(text: string): Date | null {
  const m = ISO_DATE.exec(text);
  if (!m) return null;
  const [, y, mo, d, h, mi, s, zone] = m;
  const local = utcFromParts(Number(y), Number(mo), Number(d), Number(h ?? 0), Number(mi ?? 0), Number(s ?? 0));
  if (!local || !zone || zone === 'Z') return local;
  const sign = zone.startsWith('-') ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  const offsetMin = Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2));
  if (Number(digits.slice(0, 2)) > 23 || Number(digits.slice(2)) > 59) return null;
  return new Date(local.getTime() - sign * offsetMin * 60_000);
}

/**
 * "2/18/2027 8:39:26 AM" -> 2027-02-18T08:39:26Z. Returns null for anything else that is not a
 * real calendar date (garbage, 2/30/2027, 13:00 PM). ISO 8601 is accepted as well.
 */
export function parseSecretExpiryDate(raw: string | null | undefined): Date | null {
  if (typeof raw !== 'string') return null;
  const text = raw.trim();
  if (text === '') return null;
  return parseUmpDate(text) ?? parseIsoDate(text);
}

export type SecretExpiryState = 'valid' | 'expiring' | 'expired';

export type SecretExpiry =
  /** Not sent (services without an app registration). */
  | { kind: 'missing' }
  /** Sent, but not a date we can read; show `raw` as it came. */
  | { kind: 'unparseable'; raw: string }
  | {
      kind: 'date';
      raw: string;
      date: Date;
      state: SecretExpiryState;
      /** Whole days until expiry, rounded up, while in the future; whole days ago, negated (or 0), once past. */
      daysLeft: number;
    };

/**
 * The expiry of a secret relative to `now`: 'expired' at or after the instant, 'expiring' within
 * SECRET_EXPIRY_WARNING_DAYS days, otherwise 'valid'.
 */
export function secretExpiry(raw: string | null | undefined, now: Date | number): SecretExpiry {
  if (raw === null || raw === undefined || raw.trim() === '') return { kind: 'missing' };
  const date = parseSecretExpiryDate(raw);
  if (!date) return { kind: 'unparseable', raw };
  const nowMs = typeof now === 'number' ? now : now.getTime();
  const diff = date.getTime() - nowMs;
  const state: SecretExpiryState = diff <= 0 ? 'expired' : diff <= SECRET_EXPIRY_WARNING_DAYS * DAY_MS ? 'expiring' : 'valid';
  // `+ 0` turns -0 (a few hours past) into 0.
  const daysLeft = (diff <= 0 ? Math.trunc(diff / DAY_MS) : Math.ceil(diff / DAY_MS)) + 0;
  return { kind: 'date', raw, date, state, daysLeft };
}

/** A fixed-length mask: it never reveals how long the secret is. */
export const SECRET_MASK = '••••••••';
/** The vendor sends "the first three characters"; we never show more, even if more arrives. */
export const SECRET_VISIBLE_CHARS = 3;

/** "~-6" -> "~-6••••••••"; null when nothing was sent. */
export function maskSecret(prefix: string | null | undefined): string | null {
  if (prefix === null || prefix === undefined || prefix.trim() === '') return null;
  return `${[...prefix].slice(0, SECRET_VISIBLE_CHARS).join('')}${SECRET_MASK}`;
}
