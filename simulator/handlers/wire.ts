/**
 * UMP answers with PascalCase top-level keys (as every UMP example shows) while nested
 * SiteLocation entries stay camelCase; OVOC answers camelCase throughout.
 */
export function toUmpWire(value: object): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(value).map(([key, field]) => [key.charAt(0).toUpperCase() + key.slice(1), field]),
  );
}
