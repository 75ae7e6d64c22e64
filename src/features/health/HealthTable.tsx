/**
 * The services table. Rows are keyed by service id, so a refresh updates them in place (scroll
 * position, expanded rows and focus stay). Above VIRTUALIZE_AFTER rows only the visible window
 * (plus overscan) is in the DOM (@tanstack/react-virtual, rows measured as they render).
 */
import { useEffect, useRef } from 'react';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TableSortLabel from '@mui/material/TableSortLabel';
import Paper from '@mui/material/Paper';
import { useVirtualizer } from '@tanstack/react-virtual';
import { VisuallyHidden } from '../../components/VisuallyHidden';
import type { SortState } from '../../components/search-params';
import type { HealthRow, SortableColumn } from './rows';
import { HEALTH_COLUMN_COUNT, rowDomId, ServiceRow } from './ServiceRow';
import { t, type HealthMessageId } from './messages';

/** Below this many rows every row is rendered (cheap, and find-in-page works). */
export const VIRTUALIZE_AFTER = 150;
const ESTIMATED_ROW_PX = 84;

const COLUMNS: ReadonlyArray<{ id: string; label: HealthMessageId; sort?: SortableColumn }> = [
  { id: 'name', label: 'health.column.name', sort: 'name' },
  { id: 'status', label: 'health.column.status', sort: 'status' },
  { id: 'since', label: 'health.column.since', sort: 'since' },
  { id: 'customer', label: 'health.column.customer' },
  { id: 'management', label: 'health.column.management' },
  { id: 'deploy', label: 'health.column.deploy' },
  { id: 'vq', label: 'health.column.vq' },
  { id: 'license', label: 'health.column.license', sort: 'license' },
  { id: 'source', label: 'health.column.source', sort: 'source' },
  { id: 'enabled', label: 'health.column.enabled' },
  { id: 'devices', label: 'health.column.devices', sort: 'devices' },
  { id: 'elements', label: 'health.column.elements' },
  { id: 'definedAt', label: 'health.column.definedAt', sort: 'definedAt' },
];

/** Ask the table to bring a row into view and focus it; `seq` makes repeated requests distinct. */
export interface FocusRequest {
  key: string;
  seq: number;
}

export interface HealthTableProps {
  rows: readonly HealthRow[];
  expanded: ReadonlySet<string>;
  highlightKey: string | null;
  now: number;
  sort: SortState | null;
  onSortChange: (sort: SortState | null) => void;
  onToggle: (key: string) => void;
  onOpenCustomer: (id: string) => void;
  focusRequest: FocusRequest | null;
}

/** Clicking a header: ascending, then descending, then back to the default order. */
function nextSort(current: SortState | null, id: SortableColumn): SortState | null {
  if (current?.id !== id) return { id, desc: false };
  return current.desc ? null : { id, desc: true };
}

/** Focus the row's toggle once it is in the DOM (a virtualized row renders a frame after the scroll). */
function focusRowWhenRendered(key: string, attempts = 20) {
  setTimeout(() => {
    const element = document.getElementById(rowDomId(key, 'toggle'));
    if (element) {
      element.scrollIntoView?.({ block: 'center' });
      element.focus({ preventScroll: true });
    } else if (attempts > 0) {
      focusRowWhenRendered(key, attempts - 1);
    }
  }, 16);
}

export function HealthTable(props: HealthTableProps) {
  const { rows, sort, focusRequest } = props;
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualize = rows.length > VIRTUALIZE_AFTER;
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is read during render on purpose
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ESTIMATED_ROW_PX,
    overscan: 6,
    getItemKey: (index) => rows[index]?.key ?? index,
    enabled: virtualize,
  });

  // Bring a requested row into view once it is among the rows (a filter may be clearing first).
  // Each request is handled once, so later refreshes never scroll the table back to it.
  const handledSeq = useRef(0);
  useEffect(() => {
    if (!focusRequest || handledSeq.current === focusRequest.seq) return;
    const index = rows.findIndex((row) => row.key === focusRequest.key);
    if (index < 0) return;
    handledSeq.current = focusRequest.seq;
    if (virtualize) virtualizer.scrollToIndex(index, { align: 'center' });
    focusRowWhenRendered(focusRequest.key);
  }, [focusRequest, rows, virtualize, virtualizer]);

  const items = virtualize ? virtualizer.getVirtualItems() : null;
  const visible = items
    ? items.map((item) => ({ row: rows[item.index], index: item.index }))
    : rows.map((row, index) => ({ row, index }));
  const paddingTop = items?.[0]?.start ?? 0;
  const paddingBottom = items ? Math.max(0, virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0)) : 0;

  const spacer = (height: number, key: string) =>
    height > 0 ? (
      <TableBody key={key} aria-hidden="true">
        <TableRow>
          <TableCell colSpan={HEALTH_COLUMN_COUNT} sx={{ height, p: 0, border: 0 }} />
        </TableRow>
      </TableBody>
    ) : null;

  return (
    <TableContainer component={Paper} variant="outlined" ref={scrollRef} sx={{ maxHeight: '75vh' }}>
      <Table stickyHeader size="small" aria-label={t('health.table.label')}>
        <TableHead>
          <TableRow>
            <TableCell padding="checkbox">
              <VisuallyHidden>{t('health.table.details')}</VisuallyHidden>
            </TableCell>
            {COLUMNS.map((column) => {
              const active = column.sort !== undefined && sort?.id === column.sort;
              const direction = active && sort?.desc ? 'desc' : 'asc';
              return (
                <TableCell
                  key={column.id}
                  aria-sort={active ? (direction === 'desc' ? 'descending' : 'ascending') : undefined}
                  sx={{ whiteSpace: 'nowrap' }}
                >
                  {column.sort ? (
                    <TableSortLabel
                      active={active}
                      direction={direction}
                      onClick={() => props.onSortChange(nextSort(sort, column.sort as SortableColumn))}
                    >
                      {t(column.label)}
                    </TableSortLabel>
                  ) : (
                    t(column.label)
                  )}
                </TableCell>
              );
            })}
          </TableRow>
        </TableHead>
        {spacer(paddingTop, 'spacer-top')}
        {visible.map(({ row, index }) =>
          row ? (
            <ServiceRow
              key={row.key}
              row={row}
              index={index}
              expanded={props.expanded.has(row.key)}
              highlighted={props.highlightKey === row.key}
              now={props.now}
              onToggle={props.onToggle}
              onOpenCustomer={props.onOpenCustomer}
              measureRef={virtualize ? virtualizer.measureElement : undefined}
            />
          ) : null,
        )}
        {spacer(paddingBottom, 'spacer-bottom')}
      </Table>
    </TableContainer>
  );
}
