/**
 * Sorting and capping the rows of the view's tables. Pure, so the order the
 * reader sees is tested without a DOM: numbers compare as numbers, and rows
 * with no value (an unknown amount) go last whichever way the column is sorted.
 */

export type SortDir = 'ascending' | 'descending';

/** A column's sort key: a number, a string, or null for "unknown". */
export type SortValue = number | string | null;

export interface SortState<K extends string> {
  readonly key: K;
  readonly dir: SortDir;
}

/** A stable sort by `value`, unknown values last in either direction. */
export function sortRows<R>(
  rows: readonly R[],
  value: (row: R) => SortValue,
  dir: SortDir,
): readonly R[] {
  const sign = dir === 'ascending' ? 1 : -1;
  return rows
    .map((row, i) => ({ row, i, v: value(row) }))
    .sort((a, b) => {
      if (a.v == null || b.v == null) return a.v == null ? (b.v == null ? a.i - b.i : 1) : -1;
      const c =
        typeof a.v === 'number' && typeof b.v === 'number'
          ? a.v - b.v
          : String(a.v).localeCompare(String(b.v), 'en');
      return c !== 0 ? sign * c : a.i - b.i;
    })
    .map((x) => x.row);
}

/**
 * The next sort after a click on a column's header: the same column flips;
 * another column starts at its own first direction (biggest first for money
 * and dates, A–Z for names).
 */
export function nextSort<K extends string>(
  current: SortState<K> | null,
  key: K,
  first: SortDir,
): SortState<K> {
  if (current?.key === key)
    return { key, dir: current.dir === 'ascending' ? 'descending' : 'ascending' };
  return { key, dir: first };
}

/** Most rows a table renders; past it the reader is asked to narrow the filters. */
export const ROW_CAP = 500;

export function capRows<R>(rows: readonly R[], cap = ROW_CAP) {
  return { shown: rows.length > cap ? rows.slice(0, cap) : rows, total: rows.length };
}
