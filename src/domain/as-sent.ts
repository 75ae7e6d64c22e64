/**
 * How a value that did not fit (or a row that could not be read) is shown to a person: as it came,
 * escaped (JSON for anything but plain text) and truncated, so a huge or hostile value stays one line.
 */
export const AS_SENT_MAX = 80;

/** `text` cut to `max` characters, the last one an ellipsis. */
const cut = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** JSON of anything, or its String() when JSON has none (a function, a cycle, a BigInt). */
function jsonText(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

/** What a server keeps of such a value to send on: the value itself when small, else its JSON cut to `max`. */
export function boundedValue(value: unknown, max = 4 * AS_SENT_MAX): unknown {
  if (value === undefined) return undefined;
  if (typeof value === 'string') return cut(value, max);
  const json = jsonText(value);
  return json.length > max ? cut(json, max) : value;
}

export function asSentText(value: unknown, max = AS_SENT_MAX): string {
  let text: string;
  if (typeof value === 'string') text = JSON.stringify(value);
  else if (value === undefined) text = 'nothing (the field is missing)';
  else text = jsonText(value);
  return cut(text, max);
}

/** The cell text of a field that did not fit: a string as it is (React escapes it), anything else as JSON. */
export function unfitCellText(value: unknown, max = AS_SENT_MAX): string {
  if (typeof value === 'string') return cut(value, max);
  return asSentText(value, max);
}

/** The tooltip of a field that did not fit, e.g. "sent as 0; expected text". */
export function unfitHint(unfit: { value: unknown; expected: string }): string {
  return `sent as ${asSentText(unfit.value, 40)}; expected ${unfit.expected}`;
}
