import type { ServiceBrief } from '../schemas';

const versions = new WeakMap<readonly ServiceBrief[], number>();
let lastVersion = 0;

/**
 * A number per customer list (per array: react-query keeps the same array while the data is the
 * same), so the health index is keyed by the rows it was computed for.
 */
export function rowsVersion(rows: readonly ServiceBrief[]): number {
  let version = versions.get(rows);
  if (version === undefined) {
    version = ++lastVersion;
    versions.set(rows, version);
  }
  return version;
}
