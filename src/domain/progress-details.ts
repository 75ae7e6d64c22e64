/**
 * `progressDetails` of the create call, e.g.
 * "(Information, MsTenantid is valid);(Information, Customer data created!);(Information, Site created in Ovoc)",
 * read as a list of steps. The format is only shown by example, so the reader is tolerant:
 * - a message may contain commas (only the first comma separates the level) and parentheses;
 * - a step may lack its level ("(Customer data created!)") or its parentheses ("Information, done");
 * - separators may be ";", ");(" with spaces, or ")(" without a semicolon;
 * - null, "" and empty steps give nothing.
 */
export interface ProgressStep {
  /** As sent ("Information", "Warning", "Error", ...); null when the step carries no level. */
  level: string | null;
  message: string;
}

export type ProgressSeverity = 'info' | 'success' | 'warning' | 'error' | 'unknown';

// A level is one word (letters only), e.g. "Information"; anything else before a comma is message text.
const LEVEL_WORD = /^[A-Za-z]+$/;
const KNOWN_LEVELS = new Set(['information', 'info', 'warning', 'warn', 'error', 'fatal', 'critical', 'success', 'debug', 'verbose', 'trace']);

/** Where one "(...)" step ends and the next begins (used when brackets do not balance). */
const STEP_BOUNDARY = /\)\s*;?\s*\(/;

/**
 * Splits on the brackets: a step is a balanced "(...)" group or, outside brackets, text up to ";".
 * Nested brackets stay in the message ("(Error, SBC (5) unknown)").
 */
function splitBalanced(text: string): string[] | null {
  const steps: string[] = [];
  let depth = 0;
  let current = '';
  for (const char of text) {
    if (char === '(') {
      if (depth === 0) {
        if (current.trim() !== '') steps.push(current);
        current = '';
      } else current += char;
      depth += 1;
    } else if (char === ')' && depth > 0) {
      depth -= 1;
      if (depth === 0) {
        steps.push(current);
        current = '';
      } else current += char;
    } else if (char === ';' && depth === 0) {
      if (current.trim() !== '') steps.push(current);
      current = '';
    } else current += char;
  }
  if (depth !== 0) return null;
  if (current.trim() !== '') steps.push(current);
  return steps;
}

/** Unbalanced brackets: cut on ")(" boundaries, dropping the outermost "(" and ")". */
function splitOnBoundaries(text: string): string[] {
  const parts = text.trim().split(STEP_BOUNDARY);
  const last = parts.length - 1;
  return parts.map((part, i) => {
    let inner = part;
    if (i === 0 && inner.startsWith('(')) inner = inner.slice(1);
    if (i === last && inner.endsWith(')')) inner = inner.slice(0, -1);
    return inner;
  });
}

function readStep(raw: string): ProgressStep | null {
  const inner = raw.trim();
  if (inner === '') return null;
  const comma = inner.indexOf(',');
  if (comma === -1) {
    // "(Error)" alone is a level without a message; "(Done!)" is a message without a level.
    return KNOWN_LEVELS.has(inner.toLowerCase()) ? { level: inner, message: '' } : { level: null, message: inner };
  }
  const head = inner.slice(0, comma).trim();
  const rest = inner.slice(comma + 1).trim();
  if (head === '') return { level: null, message: rest };
  if (!LEVEL_WORD.test(head)) return { level: null, message: inner };
  return { level: head, message: rest };
}

export function parseProgressDetails(text: string | null | undefined): ProgressStep[] {
  if (typeof text !== 'string' || text.trim() === '') return [];
  const steps: ProgressStep[] = [];
  for (const raw of splitBalanced(text) ?? splitOnBoundaries(text)) {
    const step = readStep(raw);
    if (step) steps.push(step);
  }
  return steps;
}

/** How a level should look; unknown words stay visible as they came, with a neutral look. */
export function progressSeverity(level: string | number | null | undefined): ProgressSeverity {
  if (level === null || level === undefined) return 'unknown';
  switch (String(level).trim().toLowerCase()) {
    case 'information':
    case 'info':
    case 'debug':
    case 'verbose':
    case 'trace':
      return 'info';
    case 'success':
      return 'success';
    case 'warning':
    case 'warn':
      return 'warning';
    case 'error':
    case 'fatal':
    case 'critical':
      return 'error';
    default:
      return 'unknown';
  }
}
