/**
 * The API sends `null` for "not known / not set" and that must never look like 0 (../shared/DESIGN.md).
 * `formatNullable` is the single place that turns a possibly-missing value into display text.
 */
import { VisuallyHidden } from './VisuallyHidden';

export const MISSING = '—';

export type NullableValue = string | number | null | undefined;

/** null/undefined/blank -> '—'; 0 -> '0'; other values via `format` (default: String). */
export function formatNullable<T extends string | number>(
  value: T | null | undefined,
  format: (value: T) => string = String,
): string {
  if (value === null || value === undefined) return MISSING;
  if (typeof value === 'string' && value.trim() === '') return MISSING;
  if (typeof value === 'number' && Number.isNaN(value)) return MISSING;
  return format(value);
}

export interface NullableProps<T extends string | number> {
  value: T | null | undefined;
  format?: (value: T) => string;
  /** What screen readers hear instead of the dash. */
  missingLabel?: string;
}

/** Renders a value, or an em dash that screen readers announce as "not set". */
export function Nullable<T extends string | number>({ value, format, missingLabel = 'not set' }: NullableProps<T>) {
  const text = formatNullable(value, format);
  if (text !== MISSING) return <>{text}</>;
  return (
    <>
      <span aria-hidden="true">{MISSING}</span>
      <VisuallyHidden>{missingLabel}</VisuallyHidden>
    </>
  );
}
