import { describe, expect, it } from 'vitest';
import { capRows, nextSort, ROW_CAP, sortRows } from './sortRows';

const rows = [
  { id: 'a', usd: 5e9 },
  { id: 'b', usd: null },
  { id: 'c', usd: 3e11 },
  { id: 'd', usd: 2e10 },
  { id: 'e', usd: null },
  { id: 'f', usd: 5e9 },
];
const ids = (r: readonly { id: string }[]) => r.map((x) => x.id);

describe('sortRows', () => {
  it('sorts numbers as numbers, unknown last in both directions, ties in input order', () => {
    expect(ids(sortRows(rows, (r) => r.usd, 'descending'))).toEqual(['c', 'd', 'a', 'f', 'b', 'e']);
    expect(ids(sortRows(rows, (r) => r.usd, 'ascending'))).toEqual(['a', 'f', 'd', 'c', 'b', 'e']);
  });
  it('sorts text alphabetically and does not touch its input', () => {
    const names = [{ id: 'Oracle' }, { id: 'amd' }, { id: 'Nvidia' }];
    expect(ids(sortRows(names, (r) => r.id, 'ascending'))).toEqual(['amd', 'Nvidia', 'Oracle']);
    expect(ids(names)).toEqual(['Oracle', 'amd', 'Nvidia']);
  });
});

describe('nextSort', () => {
  it('starts a column at its first direction and flips it on the next click', () => {
    const first = nextSort(null, 'amount', 'descending');
    expect(first).toEqual({ key: 'amount', dir: 'descending' });
    expect(nextSort(first, 'amount', 'descending')).toEqual({ key: 'amount', dir: 'ascending' });
    expect(nextSort(first, 'from', 'ascending')).toEqual({ key: 'from', dir: 'ascending' });
  });
});

describe('capRows', () => {
  it(`renders at most ${ROW_CAP} rows and says how many there were`, () => {
    const many = Array.from({ length: 1234 }, (_, i) => i);
    const { shown, total } = capRows(many);
    expect(shown).toHaveLength(ROW_CAP);
    expect(shown[0]).toBe(0);
    expect(total).toBe(1234);
    const few = capRows([1, 2, 3]);
    expect(few.shown).toEqual([1, 2, 3]);
    expect(few.total).toBe(3);
    expect(capRows(many, 1234).shown).toHaveLength(1234);
  });
});
