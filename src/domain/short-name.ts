/**
 * The documented rules for a service's shortName (create page, services brief page):
 * 3-15 characters; none of \ / : * ? " < > |; no dot; no white space. Uniqueness per
 * Microsoft 365 tenant needs the list and is checked where the list is.
 */
export const SHORT_NAME_MIN = 3;
export const SHORT_NAME_MAX = 15;
export const SHORT_NAME_FORBIDDEN = ['\\', '/', ':', '*', '?', '"', '<', '>', '|'] as const;

export type ShortNameProblem = 'tooShort' | 'tooLong' | 'forbiddenCharacter' | 'dot' | 'whitespace';

export const SHORT_NAME_MESSAGES: Record<ShortNameProblem, string> = {
  tooShort: `Short name must be at least ${SHORT_NAME_MIN} characters`,
  tooLong: `Short name must be at most ${SHORT_NAME_MAX} characters`,
  forbiddenCharacter: `Short name cannot contain any of ${SHORT_NAME_FORBIDDEN.join(' ')}`,
  dot: 'Short name cannot contain a dot (.)',
  whitespace: 'Short name cannot contain spaces or other white space',
};

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
