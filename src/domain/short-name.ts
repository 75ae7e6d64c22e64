/**
 * The documented rules for a service's shortName (create page, services brief page):
 * 3-15 characters; none of \ / : * ? " < > |; no dot; no white space. Uniqueness per
 * Microsoft 365 tenant needs the list and is checked where the list is. The words for a broken rule are
 * in the wizard's catalogue (src/features/onboarding/form/schema.ts): the domain stays free of i18n.
 */
export const SHORT_NAME_MIN = 3;
export const SHORT_NAME_MAX = 15;
export const SHORT_NAME_FORBIDDEN = ['\\', '/', ':', '*', '?', '"', '<', '>', '|'] as const;

export type ShortNameProblem = 'tooShort' | 'tooLong' | 'forbiddenCharacter' | 'dot' | 'whitespace';

/** Every rule the name breaks, in the order a person would fix them. */
export function shortNameProblems(name: string): ShortNameProblem[] {
  const problems: ShortNameProblem[] = [];
  // Length counts characters as a person sees them (code points), not UTF-16 units.
  const length = [...name].length;
  if (length < SHORT_NAME_MIN) problems.push('tooShort');
  if (length > SHORT_NAME_MAX) problems.push('tooLong');
  if (SHORT_NAME_FORBIDDEN.some((c) => name.includes(c))) problems.push('forbiddenCharacter');
  if (name.includes('.')) problems.push('dot');
  if (/\s/u.test(name)) problems.push('whitespace');
  return problems;
}

/** What the uniqueness rule needs of a listed service (ServiceBrief has both). */
export interface ShortNameHolder {
  customerShortName: string;
  msTenantId: string | null;
}

/** Tenant ids are GUIDs: compared without case or surrounding space; blank means "no tenant". */
function tenantKey(msTenantId: string | null | undefined): string | null {
  const key = msTenantId?.trim().toLowerCase() ?? '';
  return key === '' ? null : key;
}

/**
 * The listed service that already uses this shortName in this Microsoft 365 tenant, if any.
 * Names are compared case-insensitively ("bbessentials" clashes with "BBEssentials"); the same
 * name in another tenant is no clash.
 */
export function findShortNameClash<T extends ShortNameHolder>(
  services: readonly T[],
  shortName: string,
  msTenantId: string | null,
): T | undefined {
  const name = shortName.toLowerCase();
  const tenant = tenantKey(msTenantId);
  return services.find((s) => s.customerShortName.toLowerCase() === name && tenantKey(s.msTenantId) === tenant);
}
