import { functionalUpdate, useTable, type ColumnDef, type RowData } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef, useState } from 'react';
import { Button, Dialog, DialogTrigger, Input, Popover, SearchField } from 'react-aria-components';
import { features, type Features } from './tableFeatures';

const ROW_HEIGHT = 36;

/** A column of any value type, as TanStack's column helper builds them. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the helper's own array type
export type TableColumn<TRow extends RowData> = ColumnDef<Features, TRow, any>;

/**
 * A table of any length: sortable headers, a search over every text column, a column
 * chooser, and only the rows in view rendered (thousands of rows scroll smoothly).
 */
export function DataTable<TRow extends RowData>({
  label,
  data,
  columns,
  height = 420,
}: {
  label: string;
  data: TRow[];
  columns: TableColumn<TRow>[];
  height?: number;
}) {
  const [globalFilter, setGlobalFilter] = useState('');
  const table = useTable({
    features,
    columns,
    data,
    state: { globalFilter },
    onGlobalFilterChange: (updater) => {
      setGlobalFilter((previous) => String(functionalUpdate(updater, previous)));
    },
    globalFilterFn: 'includesString',
  });
  const rows = table.getRowModel().rows;
  const scroller = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- TanStack Virtual returns fresh functions by design
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 10,
  });
  const items = virtualizer.getVirtualItems();
  const paddingTop = items[0]?.start ?? 0;
  const paddingBottom = virtualizer.getTotalSize() - (items[items.length - 1]?.end ?? 0);
  const visibleColumns = table.getVisibleLeafColumns().length;

  return (
    <div className="data-table">
      <div className="table-tools">
        <SearchField
          className="search"
          value={globalFilter}
          onChange={setGlobalFilter}
          aria-label={`Search ${label}`}
        >
          <Input placeholder="Search" />
        </SearchField>
        <span className="muted" aria-live="polite">
          {rows.length} of {data.length} rows
        </span>
        <DialogTrigger>
          <Button className="button button-quiet">Columns</Button>
          <Popover className="popover">
            <Dialog aria-label={`Columns of ${label}`} className="column-chooser">
              {table.getAllLeafColumns().map((column) => (
                <label key={column.id}>
                  <input
                    type="checkbox"
                    checked={column.getIsVisible()}
                    disabled={!column.getCanHide()}
                    onChange={(event) => {
                      column.toggleVisibility(event.target.checked);
                    }}
                  />
                  {typeof column.columnDef.header === 'string'
                    ? column.columnDef.header
                    : column.id}
                </label>
              ))}
            </Dialog>
          </Popover>
        </DialogTrigger>
      </div>
      <div
        ref={scroller}
        className="table-scroll"
        style={{ maxHeight: height }}
        tabIndex={0}
        role="region"
        aria-label={label}
      >
        <table>
          <thead>
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id}>
                {group.headers.map((header) => {
                  const sorted = header.column.getIsSorted();
                  const numeric = header.column.columnDef.meta?.numeric === true;
                  return (
                    <th
                      key={header.id}
                      scope="col"
                      className={numeric ? 'numeric' : undefined}
                      aria-sort={
                        sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none'
                      }
                    >
                      {header.isPlaceholder ? null : header.column.getCanSort() ? (
                        <button
                          type="button"
                          className="sort-button"
                          onClick={header.column.getToggleSortingHandler()}
                        >
                          <table.FlexRender header={header} />
                          <span aria-hidden="true">
                            {sorted === 'asc' ? ' ▲' : sorted === 'desc' ? ' ▼' : ''}
                          </span>
                        </button>
                      ) : (
                        <table.FlexRender header={header} />
                      )}
                    </th>
                  );
                })}
              </tr>
            ))}
          </thead>
          <tbody>
            {paddingTop > 0 && (
              <tr aria-hidden="true">
                <td colSpan={visibleColumns} style={{ height: paddingTop, padding: 0 }} />
              </tr>
            )}
            {items.map((item) => {
              const row = rows[item.index];
              if (row === undefined) {
                return null;
              }
              return (
                <tr key={row.id} style={{ height: ROW_HEIGHT }}>
                  {row.getVisibleCells().map((cell) => (
                    <td
                      key={cell.id}
                      className={
                        cell.column.columnDef.meta?.numeric === true ? 'numeric' : undefined
                      }
                    >
                      <table.FlexRender cell={cell} />
                    </td>
                  ))}
                </tr>
              );
            })}
            {paddingBottom > 0 && (
              <tr aria-hidden="true">
                <td colSpan={visibleColumns} style={{ height: paddingBottom, padding: 0 }} />
              </tr>
            )}
            {rows.length === 0 && (
              <tr>
                <td colSpan={visibleColumns} className="muted">
                  Nothing to show.
                </td>
              </tr>
            )}
          </tbody>
        </table>
      </div>
    </div>
  );
}
