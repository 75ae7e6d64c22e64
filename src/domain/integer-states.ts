/**
 * The one place where integer states get their words. The Get SIP Connections page sends
 * `sbcDeploymentState`, `sbcConfigurationType` and `m365DeploymentState` as integers ("One of the
 * following values:" with the list missing), while the details page sends words for the same sites.
 * No mapping is documented, so every table is empty: an integer is shown as it came, marked, never
 * guessed. When the vendor documents one, add it here (e.g. `sbcDeploymentState: { 3: 'Deployed' }`).
 */
export const INTEGER_STATE_FIELDS = ['sbcDeploymentState', 'sbcConfigurationType', 'm365DeploymentState'] as const;
export type IntegerStateField = (typeof INTEGER_STATE_FIELDS)[number];

export const INTEGER_STATES: Readonly<Record<IntegerStateField, Readonly<Partial<Record<number, string>>>>> = {
  sbcDeploymentState: {},
  sbcConfigurationType: {},
  m365DeploymentState: {},
};

export interface StateReading {
  /** The word to show: the documented word, or the value as sent. */
  text: string;
  /** An integer with no documented meaning: shown as sent and marked (the page words the mark). */
  undocumented: boolean;
}

/** How to show a state that may come as a word or an integer; null when nothing was sent. */
export function readState(field: IntegerStateField, value: string | number | null): StateReading | null {
  if (value === null) return null;
  if (typeof value === 'string') return { text: value, undocumented: false };
  const word = INTEGER_STATES[field][value];
  if (word !== undefined) return { text: word, undocumented: false };
  return { text: String(value), undocumented: true };
}
