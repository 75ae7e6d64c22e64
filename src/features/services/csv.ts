/** The services list's CSV export; the writer itself is components/csv.ts. */
import type { ServiceBrief } from '../../api/schemas';
import { toCsv } from '../../components/csv';
import { EXPORT_COLUMNS, type ExportColumn } from './columns';

export { csvField, csvLine, downloadCsv, neutralizeFormula, toCsv, type CsvValue } from '../../components/csv';

/** The rows as shown (already filtered and sorted), every exported column. */
export function servicesCsv<R extends ServiceBrief>(rows: readonly R[], columns: readonly ExportColumn<R>[] = EXPORT_COLUMNS): string {
  return toCsv(
    columns.map((column) => column.header),
    rows.map((row) => columns.map((column) => column.value(row))),
  );
}

const pad = (n: number) => String(n).padStart(2, '0');

/** customers-YYYY-MM-DD.csv, in the person's local date. */
export function csvFileName(date: Date = new Date()): string {
  return `customers-${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}.csv`;
}
