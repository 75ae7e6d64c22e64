/**
 * License vocabulary.
 *
 * UMP (the /api/v3/customer family) sends `LicenseType` as an integer; the vendor's table lists 0-5.
 * OVOC (the /api/ovoc/... family) sends `licenseType` as a word such as `PRO_IMTR`.
 * Both vocabularies are open: a value we do not know is shown exactly as it came, never hidden or guessed.
 */

export const LICENSE_FAMILIES = ['Direct Routing', 'Operator Connect'] as const;
export type LicenseFamily = (typeof LICENSE_FAMILIES)[number];

/** The six UMP license types, in the vendor's order (Get Services Brief Details V3, `licenseType`). */
export const LICENSE_TYPES = [
  { code: 0, name: 'Hosted Essentials', family: 'Direct Routing' },
  { code: 1, name: 'Hosted Essentials Plus', family: 'Direct Routing' },
  { code: 2, name: 'Hosted Pro', family: 'Direct Routing' },
  { code: 3, name: 'OC Essentials', family: 'Operator Connect' },
  { code: 4, name: 'OC Essentials Plus', family: 'Operator Connect' },
  { code: 5, name: 'OC Pro', family: 'Operator Connect' },
] as const satisfies readonly { code: number; name: string; family: LicenseFamily }[];

export type LicenseTypeInfo = (typeof LICENSE_TYPES)[number];
export type LicenseTypeCode = LicenseTypeInfo['code'];

export function licenseTypeInfo(code: number | null | undefined): LicenseTypeInfo | null {
  return LICENSE_TYPES.find((type) => type.code === code) ?? null;
}

export function isKnownLicenseType(code: number | null | undefined): code is LicenseTypeCode {
  return licenseTypeInfo(code) !== null;
}

/**
 * Human name of a UMP license type; an unknown code comes back as it came ("7") so a new vendor
 * license still shows something truthful. `null` (not sent) stays `null` so the UI can show an em dash.
 */
export function licenseTypeName(code: number | null | undefined): string | null {
  if (code === null || code === undefined) return null;
  return licenseTypeInfo(code)?.name ?? String(code);
}

/** 'Direct Routing' | 'Operator Connect', or null when the code is unknown or absent. */
export function licenseFamily(code: number | null | undefined): LicenseFamily | null {
  return licenseTypeInfo(code)?.family ?? null;
}

/** License types of one family, e.g. for a filter menu grouped by family. */
export function licenseTypesOf(family: LicenseFamily): LicenseTypeInfo[] {
  return LICENSE_TYPES.filter((type) => type.family === family);
}

/** OVOC service license words seen in the vendor's examples. "IMTR" is kept as the vendor writes it. */
export const OVOC_LICENSE_TYPES = [
  { value: 'ESSENTIAL', label: 'Essentials' },
  { value: 'ESSENTIAL_IMTR', label: 'Essentials (IMTR)' },
  { value: 'PRO', label: 'Pro' },
  { value: 'PRO_IMTR', label: 'Pro (IMTR)' },
] as const satisfies readonly { value: string; label: string }[];

export type OvocLicenseType = (typeof OVOC_LICENSE_TYPES)[number]['value'];
export const OVOC_LICENSE_TYPE_VALUES = OVOC_LICENSE_TYPES.map((type) => type.value);

/** Human label of an OVOC license word; unknown words pass through unchanged, absent stays null. */
export function ovocLicenseTypeLabel(value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  return OVOC_LICENSE_TYPES.find((type) => type.value === value)?.label ?? value;
}
