/**
 * One accessible, sortable table: header buttons inside <th>, aria-sort on the
 * sorted column, the sort said in a polite live region, at most ROW_CAP rows,
 * in a scrolling region that keyboard readers can scroll (tabIndex 0, named).
 * Cells are React text, never HTML.
 */
import { useId, useMemo, useState, type ReactNode } from 'react';
import {
  capRows,
  nextSort,
  sortRows,
  type SortDir,
  type SortState,
  type SortValue,
} from './sortRows';

export interface Column<R> {
  readonly key: string;
  readonly label: string;
  /** Absent: the column does not sort. */
  readonly sort?: (row: R) => SortValue;
  /** The first direction a click sorts in (default ascending). */
  readonly first?: SortDir;
  readonly numeric?: boolean;
  /** The row's header cell (th scope=row). */
  readonly rowHeader?: boolean;
  /** The label is read, not shown (e.g. the column of "Show" buttons). */
  readonly hideLabel?: boolean;
  readonly cell: (row: R) => ReactNode;
}

export function SortableTable<R>({
  name,
  caption,
  columns,
  rows,
  rowKey,
  empty,
}: {
  /** "Loops", "Deals": the region's name and the words of the announcement. */
  name: string;
  caption: ReactNode;
  columns: readonly Column<R>[];
  /** In their default order (shown with no column sorted). */
  rows: readonly R[];
  rowKey: (row: R) => string;
  empty: string;
}) {
  const [sort, setSort] = useState<SortState<string> | null>(null);
  const [said, setSaid] = useState('');
  const captionId = useId();
  const sorted = useMemo(() => {
    const col = sort && columns.find((c) => c.key === sort.key);
    return sort && col?.sort ? sortRows(rows, col.sort, sort.dir) : rows;
  }, [rows, columns, sort]);
  const { shown, total } = capRows(sorted);

  const onSort = (col: Column<R>) => {
    const next = nextSort(sort, col.key, col.first ?? 'ascending');
    setSort(next);
    setSaid(`${name} sorted by ${col.label.toLowerCase()}, ${next.dir}.`);
  };

  return (
    <div className="data-table-block">
      {/* A heading outside the scroller, so it stays readable when the table scrolls sideways. */}
      <h2 className="data-table-title" id={captionId}>
        {caption}
      </h2>
      <div
        className="data-table-scroll"
        role="region"
        aria-labelledby={captionId}
        // The region scrolls sideways on a phone: keyboard readers must reach it
        // (WCAG 2.1.1; axe's scrollable-region-focusable).
        // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
        tabIndex={0}
      >
        <table className="data-table" aria-labelledby={captionId}>
          <thead>
            <tr>
              {columns.map((col) => {
                const dir = sort?.key === col.key ? sort.dir : undefined;
                return (
                  <th
                    key={col.key}
                    scope="col"
                    aria-sort={dir}
                    className={col.numeric ? 'is-num' : undefined}
                  >
                    {col.sort ? (
                      <button type="button" className="sort-button" onClick={() => onSort(col)}>
                        {col.label}
                        <span className="sort-mark" aria-hidden="true">
                          {dir === 'ascending' ? '▲' : dir === 'descending' ? '▼' : '↕'}
                        </span>
                      </button>
                    ) : col.hideLabel ? (
                      <span className="visually-hidden">{col.label}</span>
                    ) : (
                      col.label
                    )}
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {shown.map((row) => (
              <tr key={rowKey(row)}>
                {columns.map((col) => {
                  const cls = col.numeric ? 'is-num' : undefined;
                  return col.rowHeader ? (
                    <th key={col.key} scope="row" className={cls}>
                      {col.cell(row)}
                    </th>
                  ) : (
                    <td key={col.key} className={cls}>
                      {col.cell(row)}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
        {total === 0 && <p className="data-table-empty muted">{empty}</p>}
      </div>
      {total > shown.length && (
        <p className="data-table-cap" role="note">
          Showing {shown.length.toLocaleString('en-US')} of {total.toLocaleString('en-US')} — narrow
          the filters to see the rest.
        </p>
      )}
      <p className="visually-hidden" aria-live="polite">
        {said}
      </p>
    </div>
  );
}
