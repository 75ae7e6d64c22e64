/**
 * CSV export (RFC 4180): CRLF line ends, fields with a comma, quote or line break are quoted and
 * their quotes doubled. `null` is an empty field (never 0).
 *
 * Spreadsheet formula injection: a text cell starting with = + - @ (or a tab / carriage return,
 * which some spreadsheets skip before reading a formula) gets a leading apostrophe, so Excel and
 * friends show it as text instead of evaluating it. Numbers are written as numbers.
 * Shared by every export (the services list, the audit trail).
 */
export type CsvValue = string | number | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/** Neutralises a text cell a spreadsheet would read as a formula. */
export function neutralizeFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = neutralizeFormula(value);
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(values: readonly CsvValue[]): string {
  return values.map(csvField).join(',');
}

export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  return [header, ...rows].map(csvLine).join('\r\n') + '\r\n';
}

/**
 * Starts a browser download of the text. A UTF-8 byte order mark goes first so Excel reads accented
 * names correctly (other tools ignore it).
 */
export function downloadCsv(text: string, fileName: string): void {
  const blob = new Blob(['\uFEFF', text], { type: 'text/csv;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke later: some browsers read the blob after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
