/**
 * TanStack Table (v9) column model of the services list. The table owns columns, visibility and
 * sorting *state*; filtering and sorting of the rows run in our own memoized pure functions
 * (filter.ts, sort.ts: case-insensitive search, nulls last in both directions) and the table gets
 * the result with `manualSorting`.
 *
 * Cells are deliberately plain elements styled once by class from the table root (see
 * ServicesTable's `tableSx`): up to ~100 rows mount and unmount while scrolling 50,000 customers,
 * so no MUI component, tooltip or per-row state lives in a cell. Copy buttons, the short-name
 * link and the Health link are handled by one delegated listener on the table body.
 */
import {
  createColumnHelper,
  tableFeatures,
  type CellContext,
} from '@tanstack/react-table';
import type { ReactNode } from 'react';
import type { ConsoleServiceRow } from '../../../api/schemas/console-snapshot';
import { MISSING } from '../../../components/Nullable';
import { unfitCellText, unfitHint } from '../../../domain/as-sent';
import { licenseFamily, licenseTypeName } from '../../../domain/license-types';
import { columnLabel, type ColumnId } from '../columns';
import { formatCount, usageRatio } from '../summary';
import { useCellTabIndex } from './cell-context';
import { HealthCell } from './HealthCell';
import { t } from '../messages';

export interface ServicesColumnMeta {
  /** CSS grid track of the column. */
  track: string;
  align?: 'left' | 'right';
}

// Core features only: sorting is ours (the header buttons, sort.ts over the whole list) and so is column
// visibility (prefs.ts; ServicesTable shows the visible ones), and each feature registered adds to the
// code the list's first paint waits for.
export const servicesFeatures = tableFeatures({
  columnMeta: {} as ServicesColumnMeta,
});

type Features = typeof servicesFeatures;
type Ctx<V> = CellContext<Features, ConsoleServiceRow, V>;

const helper = createColumnHelper<Features, ConsoleServiceRow>();

/** Attributes the body's delegated listeners look for. */
export const COPY_ATTR = 'data-copy';
export const COPY_WHAT_ATTR = 'data-copy-what';
export const CUSTOMER_LINK_ATTR = 'data-customer-link';

export { RowTabbableContext } from './cell-context';

export const customerHref = (guid: string) => `/customers/${encodeURIComponent(guid)}`;

function count(value: number | null) {
  return value === null ? MISSING : formatCount(value);
}

function CountCell({ getValue }: Ctx<number | null>) {
  return count(getValue());
}

/** Operator Connect leads (no GUID yet) are listed, but they have no details page to link to. */
export const leadLabel = () => t('services.table.lead');

function ShortNameCell({ row, getValue }: Ctx<string>) {
  const tabIndex = useCellTabIndex();
  if (row.original.umpCustomerGuid === null) {
    return (
      <span className="lpc-stack">
        <span>{getValue()}</span>
        <span className="lpc-secondary">{leadLabel()}</span>
      </span>
    );
  }
  return (
    <a className="lpc-link" tabIndex={tabIndex} href={customerHref(row.original.umpCustomerGuid)} {...{ [CUSTOMER_LINK_ATTR]: row.original.umpCustomerGuid }}>
      {getValue()}
    </a>
  );
}

function TextCell({ getValue }: Ctx<string | null>) {
  const value = getValue();
  if (value === null || value.trim() === '') return MISSING;
  return <span title={value}>{value}</span>;
}

function LicenseCell({ getValue }: Ctx<number | null>) {
  const code = getValue();
  const name = licenseTypeName(code);
  if (name === null) return MISSING;
  const family = licenseFamily(code);
  return (
    <span className="lpc-stack">
      <span>{name}</span>
      {family ? <span className="lpc-secondary">{family}</span> : null}
    </span>
  );
}

/** Active users with a bar of active / licensed; no bar when either number is missing. */
function ActiveCell({ row, getValue }: Ctx<number | null>) {
  const active = getValue();
  const ratio = usageRatio(active, row.original.licensedUsersCount);
  return (
    <span className="lpc-usage">
      <span>{count(active)}</span>
      {ratio === null ? null : (
        <span className="lpc-usage-track" aria-hidden="true" title={t('services.table.usage', { percent: ratio })}>
          <span className="lpc-usage-fill" style={{ width: `${ratio * 100}%` }} />
        </span>
      )}
    </span>
  );
}

const COPY_ICON = 'M16 1H4c-1.1 0-2 .9-2 2v14h2V3h12V1zm3 4H8c-1.1 0-2 .9-2 2v14c0 1.1.9 2 2 2h11c1.1 0 2-.9 2-2V7c0-1.1-.9-2-2-2zm0 16H8V7h11v14z';

function IdCell({ getValue, column, row }: Ctx<string | null>) {
  const tabIndex = useCellTabIndex();
  const value = getValue();
  if (value === null || value.trim() === '') return MISSING;
  const what = t(column.id === 'msTenantId' ? 'services.table.copyTenantId' : 'services.table.copyGuid');
  return (
    <span className="lpc-id">
      <code title={value}>{value}</code>
      <button
        type="button"
        className="lpc-copy"
        tabIndex={tabIndex}
        aria-label={t('services.table.copyOf', { what, name: row.original.customerShortName })}
        {...{ [COPY_ATTR]: value, [COPY_WHAT_ATTR]: what }}
      >
        <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <path d={COPY_ICON} />
        </svg>
      </button>
    </span>
  );
}

const header = (id: ColumnId) => () => columnLabel(id);

/**
 * A field that came in a shape it should not have is shown as it came, marked, with what was expected
 * in its title (and read out to screen readers). Plain elements: no tooltip component in a cell.
 */
function withUnfit<V>(Cell: (context: Ctx<V>) => ReactNode) {
  return function UnfitAwareCell(context: Ctx<V>) {
    const unfit = context.row.original.$unfit?.[context.column.id];
    if (!unfit) return Cell(context);
    const hint = unfitHint(unfit);
    return (
      <span className="lpc-unfit" title={hint}>
        {unfitCellText(unfit.value)}
        <span className="lpc-sr">{` (${hint})`}</span>
      </span>
    );
  };
}

export const servicesColumns = helper.columns([
  helper.accessor('customerShortName', { header: header('customerShortName'), cell: ShortNameCell, meta: { track: 'minmax(140px, 1.1fr)' } }),
  helper.accessor('customerFullName', { header: header('customerFullName'), cell: withUnfit(TextCell), meta: { track: 'minmax(160px, 1.4fr)' } }),
  helper.accessor('licenseType', { header: header('licenseType'), cell: withUnfit(LicenseCell), meta: { track: 'minmax(170px, 1.1fr)' } }),
  helper.accessor('licensedUsersCount', { header: header('licensedUsersCount'), cell: withUnfit(CountCell), meta: { track: 'minmax(96px, 0.6fr)', align: 'right' } }),
  helper.accessor('activeUserCount', { header: header('activeUserCount'), cell: withUnfit(ActiveCell), meta: { track: 'minmax(130px, 0.8fr)' } }),
  helper.accessor('liveHubActiveUsersCount', { header: header('liveHubActiveUsersCount'), cell: withUnfit(CountCell), meta: { track: 'minmax(96px, 0.6fr)', align: 'right' } }),
  helper.accessor('liveHubSimpleUsersCount', { header: header('liveHubSimpleUsersCount'), cell: withUnfit(CountCell), meta: { track: 'minmax(96px, 0.6fr)', align: 'right' } }),
  helper.display({ id: 'health', header: header('health'), cell: HealthCell, meta: { track: 'minmax(150px, 0.9fr)' } }),
  helper.accessor('msTenantId', { header: header('msTenantId'), cell: withUnfit(IdCell), meta: { track: 'minmax(250px, 1.7fr)' } }),
  helper.accessor('umpCustomerGuid', { header: header('umpCustomerGuid'), cell: IdCell, meta: { track: 'minmax(250px, 1.7fr)' } }),
]);
