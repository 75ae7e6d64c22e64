/**
 * The services table: semantic table roles on a CSS grid, header sort buttons (aria-sort), rows
 * virtualized at every size (aria-rowcount/aria-rowindex keep the true size), one roving tab stop
 * for the rows (arrows / Page / Home / End move, Enter opens the customer).
 *
 * Scroll position: the table scrolls in its own element (data-scroll-restoration-id), which the
 * router's scroll restoration saves per history entry and puts back on Back; the row window is
 * also created at that offset (`initialOffset`), so it renders the rows that were on screen
 * instead of the first ones and then jumping.
 */
import { memo, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react';
import Box from '@mui/material/Box';
import { useElementScrollRestoration } from '@tanstack/react-router';
import { flexRender, useTable, type Row } from '@tanstack/react-table';
import type { ConsoleServiceRow } from '../../../api/schemas/console-snapshot';
import { nextSort, type ColumnSort } from '../sort';
import type { ColumnVisibility, Density } from '../prefs';
import type { ColumnId } from '../columns';
import type { HealthState } from '../ovoc-health';
import { HEALTH_QUERY_ATTR, HealthHeaderHint, HealthStateContext } from './HealthCell';
import { COPY_ATTR, COPY_WHAT_ATTR, CUSTOMER_LINK_ATTR, RowTabbableContext, servicesColumns, servicesFeatures } from './table-columns';
import { ROW_HEIGHT, tableSx } from './table-styles';
import { useRovingRows } from './useRovingRows';
import { useRowWindow } from './useRowWindow';
import { t } from '../messages';

/**
 * Most row elements ever in the DOM. Performance: even a short list renders only the rows on screen
 * (a filter that leaves 80 rows used to render all 80 on every keystroke); this bounds the window
 * where the viewport cannot be measured.
 */
export const MAX_RENDERED_ROWS = 100;
/**
 * Rows rendered beyond each edge of the scroll viewport. The window moves a row at a time and only
 * the rows entering it render, so a few rows (~280 px) are enough; each one more is work on every
 * keystroke that filters.
 */
const OVERSCAN = 5;
/** The scroll element's id for the router's scroll restoration. */
export const SCROLL_RESTORATION_ID = 'services-table';

type ServiceRow = Row<typeof servicesFeatures, ConsoleServiceRow>;

export interface ServicesTableProps {
  rows: readonly ConsoleServiceRow[];
  sort: ColumnSort | null;
  onSortChange: (sort: ColumnSort | null) => void;
  columnVisibility: ColumnVisibility;
  density: Density;
  onOpen: (guid: string) => void;
  /** Pointer rests on / focus enters a row (prefetch its details). */
  onIntent: (guid: string | null) => void;
  onCopy: (value: string, what: string) => void;
  /** OVOC health of the rows (the Health column). */
  health: HealthState;
  /** A Health cell's link was clicked: open the Health page searching for that service. */
  onOpenHealth: (query: string) => void;
}

/**
 * Row ids are the GUIDs and must be unique among the rows rendered (React keys): should the list
 * carry a GUID twice, the later copies get their position appended. A lead has no GUID (two leads
 * may share every other field), so its position in the list is its id.
 */
function uniqueRowIds(rows: readonly ConsoleServiceRow[], offset: number): string[] {
  const seen = new Set<string>();
  return rows.map((row, index) => {
    let id = row.umpCustomerGuid ?? `lead#${offset + index}`;
    if (seen.has(id)) id = `${id}#${index}`;
    while (seen.has(id)) id += '#';
    seen.add(id);
    return id;
  });
}

const SORT_ICONS = { asc: 'M4 12l1.41 1.41L11 7.83V20h2V7.83l5.58 5.59L20 12l-8-8-8 8z', desc: 'M20 12l-1.41-1.41L13 16.17V4h-2v12.17l-5.58-5.59L4 12l8 8 8-8z' };

interface RowViewProps {
  row: ServiceRow;
  index: number;
  start: number;
  height: number;
  tabbable: boolean;
  template: string;
  columnsKey: string;
}

/**
 * The table's row objects are rebuilt whenever the window moves (the row model covers the window
 * only), so a row is the same when it shows the same customer the same way. Cells read the row's
 * data and the visible columns (columnsKey); the Health cell reads its own context.
 */
function sameRow(prev: RowViewProps, next: RowViewProps): boolean {
  return (
    prev.row.original === next.row.original &&
    prev.row.id === next.row.id &&
    prev.index === next.index &&
    prev.start === next.start &&
    prev.height === next.height &&
    prev.tabbable === next.tabbable &&
    prev.template === next.template &&
    prev.columnsKey === next.columnsKey
  );
}

const RowView = memo(function RowView({ row, index, start, height, tabbable, template, columnsKey }: RowViewProps) {
  const shown = useMemo(() => new Set(columnsKey.split(',')), [columnsKey]);
  return (
    <div
      role="row"
      className="lpc-row"
      aria-rowindex={index + 2}
      data-row-index={index}
      // No GUID on a lead: Enter, the link and the prefetch all read it, so none of them acts on a lead.
      data-guid={row.original.umpCustomerGuid ?? undefined}
      tabIndex={tabbable ? 0 : -1}
      style={{
        gridTemplateColumns: template,
        height,
        position: 'absolute',
        top: 0,
        left: 0,
        transform: `translateY(${start}px)`,
      }}
    >
      <RowTabbableContext value={tabbable}>
        {row.getAllCells().filter((cell) => shown.has(cell.column.id)).map((cell) => (
          <div role="cell" key={cell.id} className={cell.column.columnDef.meta?.align === 'right' ? 'lpc-cell lpc-right' : 'lpc-cell'}>
            {flexRender(cell.column.columnDef.cell, cell.getContext())}
          </div>
        ))}
      </RowTabbableContext>
    </div>
  );
}, sameRow);

export function ServicesTable(props: ServicesTableProps) {
  const { rows, sort, onSortChange, columnVisibility, density, onOpen, onIntent, onCopy, health, onOpenHealth } = props;
  const scrollRef = useRef<HTMLDivElement>(null);
  const bodyRef = useRef<HTMLDivElement>(null);
  const height = ROW_HEIGHT[density];

  // Where this history entry's table was scrolled to when the person left it (undefined on a new entry).
  const restored = useElementScrollRestoration({ id: SCROLL_RESTORATION_ID });
  const [initialOffset] = useState(() => restored?.scrollY ?? 0);
  useLayoutEffect(() => {
    // The router restores after the route renders; if the table mounted later than that (its data came
    // after the navigation), nobody else puts the position back.
    const element = scrollRef.current;
    if (element && initialOffset > 0 && element.scrollTop === 0) element.scrollTop = initialOffset;
  }, [initialOffset]);

  // Fixed-height rows: the window is arithmetic on the scroll position (useRowWindow.ts, for speed at
  // 50,000 rows). It reads the element's own position when it (re)starts, the restored one before that.
  const virtualizer = useRowWindow({
    count: rows.length,
    rowHeight: height,
    scrollRef,
    overscan: OVERSCAN,
    unmeasuredRows: MAX_RENDERED_ROWS - 2 * OVERSCAN,
    initialOffset,
  });
  const items = virtualizer.getVirtualItems();

  // Performance: the table's row model covers the rows on screen only. Over the whole list it built a
  // row object per customer (50,000 on load, and again for every keystroke that filters).
  const offset = items[0]?.index ?? 0;
  const windowRows = useMemo(() => rows.slice(offset, offset + items.length), [rows, offset, items.length]);
  const rowIds = useMemo(() => uniqueRowIds(windowRows, offset), [windowRows, offset]);
  const table = useTable({
    features: servicesFeatures,
    columns: servicesColumns,
    data: windowRows,
    getRowId: (_row, index) => rowIds[index] ?? String(offset + index),
  });
  const tableRows = table.getRowModel().rows;
  const columns = useMemo(
    () => table.getAllLeafColumns().filter((column) => columnVisibility[column.id as ColumnId] !== false),
    [table, columnVisibility],
  );
  const template = columns.map((column) => column.columnDef.meta?.track ?? '1fr').join(' ');
  const columnsKey = columns.map((column) => column.id).join(',');

  const roving = useRovingRows({
    count: rows.length,
    rendered: items.map((item) => item.index),
    // Rows per screen, read when a key is pressed (the container's height is known by then).
    pageSize: () => Math.max(1, Math.floor((scrollRef.current?.clientHeight || 10 * height) / height) - 1),
    bodyRef,
    scrollToIndex: (index) => virtualizer.scrollToIndex(index),
  });

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const rowEl = event.target instanceof HTMLElement && event.target.getAttribute('role') === 'row' ? event.target : null;
    if (!rowEl) return;
    if (event.key === 'Enter') {
      event.preventDefault();
      const guid = rowEl.dataset.guid;
      if (guid) onOpen(guid);
      return;
    }
    if (roving.onKey(event.key)) event.preventDefault();
  };

  const onClick = (event: MouseEvent<HTMLDivElement>) => {
    if (!(event.target instanceof Element)) return;
    const copy = event.target.closest(`[${COPY_ATTR}]`);
    if (copy) {
      onCopy(copy.getAttribute(COPY_ATTR) ?? '', copy.getAttribute(COPY_WHAT_ATTR) ?? 'value');
      return;
    }
    // Modified clicks (new tab / window) follow the links' hrefs.
    const plainClick = event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;
    if (!plainClick) return;
    const link = event.target.closest(`a[${CUSTOMER_LINK_ATTR}]`);
    if (link) {
      event.preventDefault();
      onOpen(link.getAttribute(CUSTOMER_LINK_ATTR) ?? '');
      return;
    }
    const healthLink = event.target.closest(`a[${HEALTH_QUERY_ATTR}]`);
    if (healthLink) {
      event.preventDefault();
      onOpenHealth(healthLink.getAttribute(HEALTH_QUERY_ATTR) ?? '');
    }
  };

  const rowGuid = (target: EventTarget) =>
    target instanceof Element ? (target.closest<HTMLElement>('[data-row-index]')?.dataset.guid ?? null) : null;

  return (
    <Box
      ref={scrollRef}
      data-scroll-restoration-id={SCROLL_RESTORATION_ID}
      sx={[tableSx, { overflow: 'auto', maxHeight: 'max(420px, calc(100vh - 320px))', position: 'relative' }]}
    >
      <HealthStateContext value={health}>
        <div role="table" aria-label={t('services.table.label')} aria-rowcount={rows.length + 1} aria-colcount={columns.length} style={{ minWidth: 'fit-content' }}>
          <div role="rowgroup" className="lpc-head">
            <div role="row" className="lpc-row" aria-rowindex={1} style={{ gridTemplateColumns: template, minHeight: 48 }}>
              {table.getHeaderGroups()[0]?.headers.filter((header) => columns.includes(header.column)).map((header) => {
                const id = header.column.id as ColumnId;
                const sorted = sort?.id === id ? (sort.desc ? 'descending' : 'ascending') : undefined;
                const right = header.column.columnDef.meta?.align === 'right';
                const isHealth = id === 'health';
                return (
                  <div
                    role="columnheader"
                    key={header.id}
                    aria-sort={sorted}
                    aria-busy={isHealth && health.status === 'loading' ? true : undefined}
                    className={right ? 'lpc-th lpc-right' : isHealth ? 'lpc-th lpc-th-flex' : 'lpc-th'}
                    style={right ? { display: 'flex' } : undefined}
                  >
                    <button type="button" className="lpc-sort" data-sorted={sorted ? '' : undefined} onClick={() => onSortChange(nextSort(sort, id))}>
                      <span>{flexRender(header.column.columnDef.header, header.getContext())}</span>
                      <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
                        <path d={sorted === 'descending' ? SORT_ICONS.desc : SORT_ICONS.asc} />
                      </svg>
                    </button>
                    {isHealth ? <HealthHeaderHint /> : null}
                  </div>
                );
              })}
            </div>
          </div>
          <div
            role="rowgroup"
            className="lpc-body"
            ref={bodyRef}
            onKeyDown={onKeyDown}
            onClick={onClick}
            onFocus={(event) => {
              roving.onFocus(event.target);
              onIntent(rowGuid(event.target));
            }}
            onMouseOver={(event) => onIntent(rowGuid(event.target))}
            onMouseLeave={() => onIntent(null)}
            style={{ height: virtualizer.getTotalSize(), position: 'relative' }}
          >
            {items.map(({ index, start }) => {
              const row = tableRows[index - offset];
              if (!row) return null;
              return (
                <RowView
                  key={row.id}
                  row={row}
                  index={index}
                  start={start}
                  height={height}
                  tabbable={index === roving.tabbableIndex}
                  template={template}
                  columnsKey={columnsKey}
                />
              );
            })}
          </div>
        </div>
      </HealthStateContext>
    </Box>
  );
}
